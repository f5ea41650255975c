"""Validate real-format-2.jsonl (next to this folder)."""
import collections
import json
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "real-format-2.jsonl")
KEYS = ["id", "subject", "description", "team", "priority", "form", "tags", "org_tags"]
TEAMS = ["release", "cloud", "cody", "source", "graph", "search-platform",
         "code-search", "docs", "sales-ce", "data-analytics"]
PRIOS = ["se/p0", "se/p1", "se/p2", "se/p3"]
FORMS = ["template", "logs", "one-liner", "email-thread", "non-native",
         "markdown", "chat-paste", "mixed"]
FORM_MIN = {f: 20 for f in FORMS[:6]}
EXPECTED_ROWS = 200
PER_TEAM = 20


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")
    ids = set()
    subjects = collections.Counter()
    for n, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS:
            errors.append(f"row {n}: key order {list(r.keys())}")
            continue
        if r["id"] != f"rf2-{n:03d}":
            errors.append(f"row {n}: id {r['id']}")
        if r["id"] in ids:
            errors.append(f"row {n}: duplicate id")
        ids.add(r["id"])
        if r["team"] not in TEAMS:
            errors.append(f"row {n}: team {r['team']}")
        if r["priority"] not in PRIOS:
            errors.append(f"row {n}: priority {r['priority']}")
        if r["form"] not in FORMS:
            errors.append(f"row {n}: form {r['form']}")
        if not isinstance(r["subject"], str) or not r["subject"].strip():
            errors.append(f"row {n}: empty subject")
        if not isinstance(r["description"], str):
            errors.append(f"row {n}: description not str")
        for k in ("tags", "org_tags"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
                errors.append(f"row {n}: {k} not list of str")
        subjects[r["subject"]] += 1
    for s, c in subjects.items():
        if c > 1:
            errors.append(f"duplicate subject x{c}: {s!r}")
    if len(rows) != EXPECTED_ROWS:
        errors.append(f"row count {len(rows)} != {EXPECTED_ROWS}")
    team_c = collections.Counter(r.get("team") for r in rows)
    prio_c = collections.Counter(r.get("priority") for r in rows)
    form_c = collections.Counter(r.get("form") for r in rows)
    for t in TEAMS:
        if team_c[t] != PER_TEAM:
            errors.append(f"team {t}: {team_c[t]} != {PER_TEAM}")
    for f_, m in FORM_MIN.items():
        if form_c[f_] < m:
            errors.append(f"form {f_}: {form_c[f_]} < {m}")
    # one-liner subjects should be 3-15 words
    for r in rows:
        if r.get("form") == "one-liner":
            w = len(r["subject"].split())
            if not 3 <= w <= 15:
                errors.append(f"{r['id']}: one-liner subject has {w} words")
    print("rows:", len(rows))
    print("team:", dict(sorted(team_c.items())))
    print("priority:", dict(sorted(prio_c.items())))
    print("form:", {f_: form_c[f_] for f_ in FORMS})
    tp = collections.defaultdict(collections.Counter)
    for r in rows:
        tp[r.get("team")][r.get("priority")] += 1
    for t in TEAMS:
        print(f"  {t:16s}", " ".join(f"{p[3:]}={tp[t][p]}" for p in PRIOS))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
