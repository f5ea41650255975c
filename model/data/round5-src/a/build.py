#!/usr/bin/env python3
"""Assemble, validate, shuffle (fixed seed) and write tickets.jsonl."""
import json, random, collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import release, cloud, source, cody, search_platform, graph, code_search, docs, sales_ce, data_analytics

MODULES = [release, cloud, source, cody, search_platform, graph, code_search, docs, sales_ce, data_analytics]
TEAMS = ["release","cloud","cody","source","graph","search-platform","code-search","docs","sales-ce","data-analytics"]
PRIOS = ["se/p0","se/p1","se/p2","se/p3"]
FORMS = ["template","logs","config","one-liner","email-thread","chat-paste","markdown","non-native","mixed","plain"]
KEYS = ["id","subject","description","team","priority","form","tags","org_tags"]
TAG = "tr5a"

rows = []
for m in MODULES:
    assert m.TEAM in TEAMS, m.TEAM
    for i, t in enumerate(m.TICKETS, 1):
        assert set(t) == {"subject","description","priority","form","tags","org_tags"}, (m.TEAM, i, set(t))
        rows.append({
            "id": f"{m.TEAM}-{TAG}-{i:03d}",
            "subject": t["subject"],
            "description": t["description"],
            "team": m.TEAM,
            "priority": t["priority"],
            "form": t["form"],
            "tags": list(t["tags"]),
            "org_tags": list(t["org_tags"]),
        })

# validation
errs = []
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
if len(rows) != 200: errs.append(f"expected 200 rows, got {len(rows)}")
per_team = collections.Counter(r["team"] for r in rows)
for t in TEAMS:
    if per_team[t] != 20: errs.append(f"team {t}: {per_team[t]} != 20")
for r in rows:
    if list(r) != KEYS: errs.append(f"{r['id']}: key order")
    if r["team"] not in TEAMS: errs.append(f"{r['id']}: team")
    if r["priority"] not in PRIOS: errs.append(f"{r['id']}: priority")
    if r["form"] not in FORMS: errs.append(f"{r['id']}: form")
    if not r["subject"].strip(): errs.append(f"{r['id']}: empty subject")
    if not all(isinstance(x, str) for x in r["tags"] + r["org_tags"]): errs.append(f"{r['id']}: tags")
    if r["form"] != "one-liner" and len(r["description"].split()) < 3: errs.append(f"{r['id']}: short body for non-one-liner")
nonplain = sum(r["form"] != "plain" for r in rows) / len(rows)
if nonplain < 0.70: errs.append(f"non-plain share {nonplain:.2f} < 0.70")
subjects = collections.Counter(r["subject"] for r in rows)
dups = [s for s, c in subjects.items() if c > 1]
if dups: errs.append(f"duplicate subjects: {dups}")
if errs:
    print("\n".join(errs)); sys.exit(1)

random.Random(20240505).shuffle(rows)
with open(os.path.join(HERE, "..", "..", "train", "round5a.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

print(f"wrote {len(rows)} rows; non-plain {nonplain:.0%}")
print("priority:", dict(sorted(collections.Counter(r["priority"] for r in rows).items())))
print("form:", dict(collections.Counter(r["form"] for r in rows).most_common()))
print("team x priority:")
for t in TEAMS:
    c = collections.Counter(r["priority"] for r in rows if r["team"] == t)
    print(f"  {t:16s}", " ".join(f"{p[-2:]}={c[p]:2d}" for p in PRIOS))
