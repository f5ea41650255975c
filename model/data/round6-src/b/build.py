"""Assemble, validate, shuffle and write tickets.jsonl for round6-b."""
import collections
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import KEYS
import t_release, t_cloud, t_cody, t_source, t_graph, t_sp, t_cs, t_docs, t_sales, t_data

TEAMS = ["release", "cloud", "cody", "source", "graph", "search-platform",
         "code-search", "docs", "sales-ce", "data-analytics"]
PRIORITIES = {"se/p0", "se/p1", "se/p2", "se/p3"}
FORMS = {"template", "logs", "config", "one-liner", "email-thread", "chat-paste",
         "markdown", "non-native", "mixed", "plain"}
MODULES = [t_release, t_cloud, t_cody, t_source, t_graph, t_sp, t_cs, t_docs, t_sales, t_data]


def validate(rows):
    errors = []
    ids = collections.Counter(r["id"] for r in rows)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    for r in rows:
        if list(r.keys()) != KEYS:
            errors.append(f"{r.get('id')}: bad keys {list(r.keys())}")
        if r["team"] not in TEAMS:
            errors.append(f"{r['id']}: bad team {r['team']}")
        if not r["id"].startswith(f"{r['team']}-tr6b-"):
            errors.append(f"{r['id']}: id/team mismatch")
        if r["priority"] not in PRIORITIES:
            errors.append(f"{r['id']}: bad priority")
        if r["form"] not in FORMS:
            errors.append(f"{r['id']}: bad form {r['form']}")
        if not r["subject"]:
            errors.append(f"{r['id']}: empty subject")
        for k in ("tags", "org_tags"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
                errors.append(f"{r['id']}: bad {k}")
        if r["form"] != "one-liner" and not r["description"].strip():
            errors.append(f"{r['id']}: empty body but form {r['form']}")
    per_team = collections.Counter(r["team"] for r in rows)
    for t in TEAMS:
        if per_team[t] != 20:
            errors.append(f"team {t}: {per_team[t]} rows (want 20)")
    if len(rows) != 200:
        errors.append(f"{len(rows)} rows (want 200)")
    non_plain = sum(r["form"] != "plain" for r in rows) / len(rows)
    if non_plain < 0.70:
        errors.append(f"non-plain share {non_plain:.2f} < 0.70")
    return errors


def main():
    rows = [t for m in MODULES for t in m.TICKETS]
    errors = validate(rows)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    random.Random(6062).shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "train", "round6b.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")
    print("teams:", dict(collections.Counter(r["team"] for r in rows)))
    print("priority:", dict(sorted(collections.Counter(r["priority"] for r in rows).items())))
    print("forms:", dict(collections.Counter(r["form"] for r in rows).most_common()))
    print("non-plain share: %.2f" % (sum(r["form"] != "plain" for r in rows) / len(rows)))
    for t in TEAMS:
        c = collections.Counter(r["priority"] for r in rows if r["team"] == t)
        print(f"  {t:16s}", " ".join(f"{p[-2:]}={c[p]}" for p in sorted(PRIORITIES)))


if __name__ == "__main__":
    main()
