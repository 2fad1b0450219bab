"""`make eval`: the ETL over a corpus, scored against its gold annotations.

The sample corpus (data/articles, tests/gold/) is the one the rules were tuned on. Held-out sets
(eval/heldout/<name>/articles and gold/) were written and annotated by someone who had not read
the rules; a set's first score is the nearer guess at unseen articles (README says which sets
have since guided changes).

A report, not a test: it prints a table, writes eval/results.json (a held-out set: its own
results.json) and always exits 0. Detection is scored per sentence (a gold mention is found when
an extracted mention's sentence is the same sentence: equal, or one containing the other, since
sentence splitters may differ at quotes);
fields are scored on the matched pairs; linking by pairwise precision and recall (do two mentions
belong to the same commitment?); status per gold commitment at the corpus's last date.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Sequence

import duckdb

from .build import build
from .quantities import same_unit_family

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT / "data" / "articles"
RESULTS = ROOT / "eval" / "results.json"
HELDOUT = ROOT / "eval" / "heldout"
FIELDS = ("kind", "ministry", "person", "category", "target", "deadline", "previous_deadline")


@dataclass
class GoldMention:
    source: str
    key: str
    sentence: str
    fields: dict


def load_gold(folder: Path = GOLD) -> tuple[dict[str, list[GoldMention]], dict[str, dict], date | None]:
    """Gold mentions per article source path suffix, gold commitments by key, the corpus end date."""
    by_source: dict[str, list[GoldMention]] = {}
    last: date | None = None
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        source = data["source"] + (f"#L{data['line']}" if data.get("line") else "")
        published = date.fromisoformat(str(data["published_at"])[:10])
        last = max(last or published, published)
        by_source[source] = [GoldMention(source, m["key"], m["sentence"], m) for m in data.get("mentions", [])]
    commitments: dict[str, dict] = {}
    for path in sorted((folder / "commitments").glob("*.toml")):
        for row in tomllib.loads(path.read_text(encoding="utf-8")).get("commitments", []):
            commitments[row["key"]] = row
    return by_source, commitments, last


def _norm(text: str) -> str:
    return " ".join(text.split())


def same_sentence(gold: str, found: str) -> bool:
    g, f = _norm(gold), _norm(found)
    return bool(g and f) and (g == f or g in f or f in g)


def _field_equal(name: str, gold: dict, row: dict) -> bool:
    if name == "target":
        gv, gu = gold.get("target_value"), gold.get("target_unit")
        if gv is None:
            return row["target_value"] is None
        return (
            row["target_value"] is not None and abs(float(gv) - row["target_value"]) < 1e-6 * max(1.0, abs(float(gv)))
            and same_unit_family(str(gu or ""), row["target_unit"] or "")
        )
    if name in ("deadline", "previous_deadline"):
        expected = gold.get(name)
        found = row[name]
        return (str(expected)[:10] if expected else None) == (found.isoformat() if found else None)
    return (gold.get(name) or None) == (row[name] or None)


def pair(wanted: list[GoldMention], records: list[dict]) -> tuple[list[tuple[GoldMention, dict]], list[dict], list[GoldMention]]:
    """Gold mentions and extracted mentions of one article paired by sentence: (pairs, unpaired
    extracted, unpaired gold).

    A sentence may hold several gold mentions (two commitments in one headline) and several
    extracted ones (one per headline point); pairs are made closest first (most equal fields), so
    each point is compared with the gold mention it agrees with most.
    """
    candidates = sorted(
        (-sum(_field_equal(name, g.fields, r) for name in FIELDS), ri, gi)
        for ri, r in enumerate(records) for gi, g in enumerate(wanted) if same_sentence(g.sentence, r["sentence"])
    )
    paired: list[tuple[GoldMention, dict]] = []
    used_records: set[int] = set()
    used_gold: set[int] = set()
    for _, ri, gi in candidates:
        if ri in used_records or gi in used_gold:
            continue
        used_records.add(ri)
        used_gold.add(gi)
        paired.append((wanted[gi], records[ri]))
    return (paired, [r for ri, r in enumerate(records) if ri not in used_records],
            [g for gi, g in enumerate(wanted) if gi not in used_gold])


def evaluate(db_path: Path | None = None, corpus: Path = CORPUS, gold_folder: Path = GOLD) -> dict:
    gold, gold_commitments, corpus_end = load_gold(gold_folder)
    db_path = db_path or ROOT / "eval" / "work" / f"{corpus.parent.name}.duckdb"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for stale in db_path.parent.glob(db_path.name + "*"):
        stale.unlink()
    build([corpus], db_path, as_of=corpus_end)
    con = duckdb.connect(str(db_path), read_only=True)
    rows = con.execute(
        "SELECT a.source_path, m.sentence, m.kind, m.ministry, m.person, m.category, m.target_value, m.target_unit, "
        "m.deadline, m.previous_deadline, m.commitment_id, c.status "
        "FROM mentions m JOIN articles a USING (article_id) JOIN commitments c USING (commitment_id) "
        "ORDER BY a.source_path, m.in_title DESC, m.sentence_start, m.mention_id"
    ).fetchall()
    con.close()
    columns = ("source_path", "sentence", "kind", "ministry", "person", "category", "target_value", "target_unit",
               "deadline", "previous_deadline", "commitment_id", "status")
    extracted: dict[str, list[dict]] = {}
    for row in rows:
        record = dict(zip(columns, row))
        extracted.setdefault(_source_key(record["source_path"]), []).append(record)

    matches: list[tuple[GoldMention, dict]] = []
    false_positives: list[dict] = []
    missed: list[GoldMention] = []
    for source in sorted(set(gold) | set(extracted)):  # sorted: the report reads the same every run
        paired, unpaired_records, unpaired_gold = pair(gold.get(source, []), extracted.get(source, []))
        matches.extend(paired)
        false_positives.extend(unpaired_records)
        missed.extend(unpaired_gold)

    tp, fp, fn = len(matches), len(false_positives), len(missed)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = {name: (sum(_field_equal(name, g.fields, r) for g, r in matches) / tp if tp else 0.0) for name in FIELDS}

    same_gold = same_pred = both = 0
    for (g1, r1), (g2, r2) in combinations(matches, 2):
        in_gold = g1.key == g2.key
        in_pred = r1["commitment_id"] == r2["commitment_id"]
        same_gold += in_gold
        same_pred += in_pred
        both += in_gold and in_pred
    link_p = both / same_pred if same_pred else 0.0
    link_r = both / same_gold if same_gold else 0.0

    status_rows = []
    for key, expected in gold_commitments.items():
        predicted = Counter(r["commitment_id"] for g, r in matches if g.key == key)
        if not predicted:
            status_rows.append((key, expected.get("status"), None))
            continue
        # the commitment holding most of its gold mentions; a tie goes to the smaller id, so the
        # report does not depend on the order matches were found in
        commitment_id = min(predicted, key=lambda cid: (-predicted[cid], cid))
        status = next(r["status"] for g, r in matches if r["commitment_id"] == commitment_id)
        status_rows.append((key, expected.get("status"), status))
    status_correct = sum(1 for _, e, p in status_rows if e == p)

    return {
        "corpus": str(corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus),
        "corpus_end": corpus_end.isoformat() if corpus_end else None,
        "articles_with_gold": len(gold),
        "gold_mentions": tp + fn,
        "extracted_mentions": tp + fp,
        "detection": {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn},
        "field_accuracy_on_matched": accuracy,
        "linking_pairwise": {"precision": link_p, "recall": link_r, "gold_pairs": same_gold, "predicted_pairs": same_pred},
        "status_at_corpus_end": {
            "accuracy": status_correct / len(status_rows) if status_rows else 0.0,
            "commitments": len(status_rows),
            "rows": [{"key": k, "expected": e, "predicted": p} for k, e, p in status_rows],
        },
        "false_positives": [{"source": r["source_path"], "sentence": r["sentence"], "kind": r["kind"]} for r in false_positives],
        "missed": [{"source": g.source, "key": g.key, "sentence": g.sentence} for g in missed],
        "field_errors": [
            {"source": g.source, "field": name, "expected": _expected_repr(name, g.fields),
             "found": _found_repr(name, r), "sentence": g.sentence}
            for g, r in matches for name in FIELDS if not _field_equal(name, g.fields, r)
        ],
    }


def _expected_repr(name, fields):
    if name == "target":
        return f"{fields.get('target_value')} {fields.get('target_unit') or ''}".strip()
    return fields.get(name)


def _found_repr(name, row):
    if name == "target":
        return f"{row['target_value']} {row['target_unit'] or ''}".strip()
    value = row[name]
    return value.isoformat() if hasattr(value, "isoformat") else value


def _source_key(source_path: str) -> str:
    """`data/articles/x.jsonl#L2` → `x.jsonl#L2`, the way gold files name their source."""
    return Path(source_path.split("!")[-1]).name


def print_table(results: dict) -> None:
    d = results["detection"]
    print(f"{results['corpus']}: 표본 기사 {results['articles_with_gold']}건, 정답 언급 {results['gold_mentions']}건, 추출 {results['extracted_mentions']}건 "
          f"(기준일 {results['corpus_end']})")
    print(f"{'measure':<28}{'value':>8}")
    print(f"{'detection precision':<28}{d['precision']:>8.3f}")
    print(f"{'detection recall':<28}{d['recall']:>8.3f}")
    print(f"{'detection F1':<28}{d['f1']:>8.3f}")
    for name, value in results["field_accuracy_on_matched"].items():
        print(f"{name + ' accuracy':<28}{value:>8.3f}")
    link = results["linking_pairwise"]
    print(f"{'linking pairwise precision':<28}{link['precision']:>8.3f}")
    print(f"{'linking pairwise recall':<28}{link['recall']:>8.3f}")
    print(f"{'status accuracy (end)':<28}{results['status_at_corpus_end']['accuracy']:>8.3f}")


def print_misses(results: dict, fields: Sequence[str] = FIELDS) -> None:
    """Every false positive, missed gold mention and wrong field, one line each, by article."""
    def short(source: str) -> str:
        return source[:48]

    print(f"\n오탐 false positives ({len(results['false_positives'])})")
    for row in sorted(results["false_positives"], key=lambda r: r["source"]):
        print(f"  FP {short(_source_key(row['source'])):<48} [{row['kind']}] {row['sentence']}")
    print(f"\n누락 missed ({len(results['missed'])})")
    for row in sorted(results["missed"], key=lambda r: r["source"]):
        print(f"  FN {short(row['source']):<48} [{row['key']}] {row['sentence']}")
    errors = [e for e in results["field_errors"] if e["field"] in fields]
    print(f"\n필드 오류 field errors ({len(errors)})")
    for row in sorted(errors, key=lambda r: (r["field"], r["source"])):
        print(f"  {row['field']:<10} {short(row['source']):<48} expected={row['expected']!s} "
              f"found={row['found']!s} | {row['sentence']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--misses", nargs="?", const=",".join(FIELDS), default=None, metavar="FIELDS",
                        help="also list false positives, missed mentions and wrong fields "
                             f"(optionally only these comma-separated fields; default all of {','.join(FIELDS)})")
    parser.add_argument("--heldout", metavar="NAME", choices=sorted(p.name for p in HELDOUT.iterdir() if p.is_dir()),
                        help=f"score the held-out set {HELDOUT.relative_to(ROOT)}/NAME instead of the sample corpus")
    args = parser.parse_args(argv)
    if args.heldout:
        folder = HELDOUT / args.heldout
        corpus, gold, out = folder / "articles", folder / "gold", folder / "results.json"
    else:
        corpus, gold, out = CORPUS, GOLD, RESULTS
    results = evaluate(corpus=corpus, gold_folder=gold)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    print_table(results)
    if args.misses is not None:
        print_misses(results, [f.strip() for f in args.misses.split(",") if f.strip()])
    print(f"자세한 오류 목록: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
