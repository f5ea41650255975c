"""Print the count tables used in NOTES.md from tickets.jsonl."""
import collections, json
L = [json.loads(l) for l in open("../queue-1.jsonl")]
TEAMS = ["release", "cloud", "cody", "source", "graph", "search-platform", "code-search", "docs", "sales-ce", "data-analytics"]
P = ["se/p0", "se/p1", "se/p2", "se/p3"]
out = []
out.append("| team | p0 | p1 | p2 | p3 | total | recurrences | one-off |")
out.append("|---|---|---|---|---|---|---|---|")
for t in TEAMS:
    rows = [x for x in L if x["team"] == t]
    c = collections.Counter(x["priority"] for x in rows)
    out.append(f"| {t} | " + " | ".join(str(c[p]) for p in P) + f" | {len(rows)} | {sum(1 for x in rows if x['recurs'])} | {sum(1 for x in rows if x['customer']=='one-off')} |")
c = collections.Counter(x["priority"] for x in L)
out.append("| **all** | " + " | ".join(str(c[p]) for p in P) + f" | {len(L)} | {sum(1 for x in L if x['recurs'])} | {sum(1 for x in L if x['customer']=='one-off')} |")
out.append("")
out.append("| form | count |")
out.append("|---|---|")
for f, n in collections.Counter(x["form"] for x in L).most_common():
    out.append(f"| {f} | {n} |")
out.append("")
out.append("| customer | tickets | teams touched |")
out.append("|---|---|---|")
for cu, n in collections.Counter(x["customer"] for x in L).most_common():
    teams = len({x["team"] for x in L if x["customer"] == cu})
    out.append(f"| {cu} | {n} | {teams} |")
print("\n".join(out))
