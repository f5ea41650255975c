"""Assemble, validate and write tickets.jsonl for round6-a."""
import collections, json, random, sys, os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import release, cloud, cody, graph, search_platform, docs, sales_ce, data_analytics, code_search, source

MODULES = [release, cloud, cody, graph, search_platform, docs, sales_ce, data_analytics, code_search, source]
EXPECTED = {"release": 16, "cloud": 16, "cody": 16, "graph": 16, "search-platform": 16, "docs": 16,
            "sales-ce": 16, "data-analytics": 16, "code-search": 36, "source": 36}
KEYS = ["id", "subject", "description", "team", "priority", "form", "tags", "org_tags"]
PRIOS = {"se/p0", "se/p1", "se/p2", "se/p3"}
FORMS = {"template", "logs", "config", "one-liner", "email-thread", "chat-paste", "markdown",
         "non-native", "mixed", "plain"}


def main():
    rows = []
    for m in MODULES:
        assert m.TEAM in EXPECTED, m.TEAM
        for i, tk in enumerate(m.TICKETS, 1):
            row = {"id": f"{m.TEAM}-tr6a-{i:03d}", "subject": tk["subject"], "description": tk["description"],
                   "team": m.TEAM, "priority": tk["priority"], "form": tk["form"],
                   "tags": tk["tags"], "org_tags": tk["org_tags"]}
            rows.append(row)
    errs = []
    counts = collections.Counter(r["team"] for r in rows)
    for team, n in EXPECTED.items():
        if counts[team] != n:
            errs.append(f"team {team}: {counts[team]} != {n}")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    subjects = collections.Counter(r["subject"] for r in rows)
    for s, n in subjects.items():
        if n > 1:
            errs.append(f"duplicate subject: {s}")
    for r in rows:
        if list(r) != KEYS:
            errs.append(f"{r['id']}: key order")
        if r["priority"] not in PRIOS:
            errs.append(f"{r['id']}: priority {r['priority']}")
        if r["form"] not in FORMS:
            errs.append(f"{r['id']}: form {r['form']}")
        if not r["subject"].strip():
            errs.append(f"{r['id']}: empty subject")
        if r["form"] == "one-liner" and len(r["description"].split()) > 1:
            errs.append(f"{r['id']}: one-liner with a body longer than one word")
        if r["form"] != "one-liner" and not r["description"].strip():
            errs.append(f"{r['id']}: empty description but form {r['form']}")
        for k in ("tags", "org_tags"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
                errs.append(f"{r['id']}: {k} not list of str")
    non_plain = sum(r["form"] != "plain" for r in rows) / len(rows)
    if non_plain < 0.70:
        errs.append(f"non-plain share {non_plain:.2%} < 70%")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    random.Random(20240606).shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "train", "round6a.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} tickets to {out}")
    print("teams:", dict(sorted(counts.items())))
    print("priority:", dict(sorted(collections.Counter(r['priority'] for r in rows).items())))
    print("forms:", dict(collections.Counter(r['form'] for r in rows).most_common()))
    print(f"non-plain: {non_plain:.1%}")
    for team in EXPECTED:
        c = collections.Counter(r["priority"] for r in rows if r["team"] == team)
        print(f"  {team:16s}", dict(sorted(c.items())))


if __name__ == "__main__":
    main()
