"""Validate the hand-written tickets and write ../queue-2.jsonl.

Order: shuffled with random.Random(2202); then every group of tickets linked by a recurrence
(or by a soft "happened after" reference, see AFTER) is topologically re-laid onto the positions
its members already occupy, so an original always gets a lower id than the tickets that repeat
it (ids are arrival order). Prints counts used in NOTES.md."""
import json, random, sys, collections, os

sys.path.insert(0, os.path.dirname(__file__))
from common import CUSTOMERS
import t_release, t_cloud, t_cody, t_source, t_graph, t_search_platform, t_code_search, t_docs, t_sales_ce, t_data_analytics

MODULES = [t_release, t_cloud, t_cody, t_source, t_graph, t_search_platform, t_code_search, t_docs, t_sales_ce, t_data_analytics]
TEAMS = ["release", "cloud", "cody", "source", "graph", "search-platform", "code-search", "docs", "sales-ce", "data-analytics"]
PRIOS = {"se/p0", "se/p1", "se/p2", "se/p3"}
FORMS = {"template", "logs", "one-liner", "email-thread", "non-native", "markdown", "chat-paste", "mixed"}
KEYS = ["id", "subject", "description", "team", "priority", "form", "customer", "recurs", "tags", "org_tags"]

tickets = [t for m in MODULES for t in m.TICKETS]
errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)

check(len(tickets) == 200, f"expected 200 tickets, got {len(tickets)}")
bykey = {}
for t in tickets:
    check(t["key"] not in bykey, f"duplicate key {t['key']}")
    bykey[t["key"]] = t
team_counts = collections.Counter(t["team"] for t in tickets)
for team in TEAMS:
    check(team_counts[team] == 20, f"team {team}: {team_counts[team]} tickets")
check(set(team_counts) == set(TEAMS), f"unknown teams {set(team_counts) - set(TEAMS)}")
subjects = collections.Counter(t["subject"] for t in tickets)
check(all(v == 1 for v in subjects.values()), f"duplicate subjects {[s for s, v in subjects.items() if v > 1]}")
for t in tickets:
    k = t["key"]
    check(t["priority"] in PRIOS, f"{k}: bad priority")
    check(t["form"] in FORMS, f"{k}: bad form {t['form']}")
    check(t["customer"] == "one-off" or t["customer"] in CUSTOMERS, f"{k}: bad customer")
    check(t["subject"].strip() != "", f"{k}: empty subject")
    check(t["description"].strip() != "" or t["form"] == "one-liner", f"{k}: empty body outside one-liner")
    if t["recurs"] is not None:
        o = bykey.get(t["recurs"])
        check(o is not None, f"{k}: recurs unknown {t['recurs']}")
        if o:
            check(o["team"] == t["team"], f"{k}: recurs across teams")
            check(o["key"] != k, f"{k}: recurs itself")
    for field in ("tags", "org_tags"):
        check(isinstance(t[field], list) and all(isinstance(x, str) for x in t[field]), f"{k}: {field}")
    text = t["subject"] + t["description"]
    for bad in ("sourcegraph.internal.example",):
        check(bad not in text, f"{k}: suspicious host")
if errors:
    print("\n".join(errors)); sys.exit(1)

# --- order ---
rng = random.Random(2202)
order = [t["key"] for t in tickets]
rng.shuffle(order)

# Soft ordering: tickets whose text refers to something another (non-recurrence) ticket
# describes must arrive after it. (later, earlier)
AFTER = [
    ("R19", "R01"),                                  # cleanup after the October upgrade incident
    ("S11", "C05"), ("P11", "S11"), ("G13", "S11"),  # Tessellate: networking fixed, then repos sync
    ("K10", "S11"), ("Y06", "S11"), ("E08", "C05"),
    ("P16", "P02"), ("K02", "P02"),                  # Pemberton: Bitbucket Cloud workspace added
    ("Y16", "R02"), ("A15", "R02"),                  # Pemberton on 5.2.6 after the second upgrade
    ("A05", "R07"),                                  # CDSA on 5.2.3 after the upgrade window
] + [("R07", k) for k in ("S05", "S14", "K07", "P07", "G07", "A04", "D01", "R17", "Y11", "D17")]  # CDSA still on 5.1.8

edges = collections.defaultdict(set)   # earlier -> {later}
for k, t in bykey.items():
    if t["recurs"]:
        edges[t["recurs"]].add(k)
for later, earlier in AFTER:
    assert later in bykey and earlier in bykey, (later, earlier)
    edges[earlier].add(later)

# connected components over the ordering edges
parent = {k: k for k in bykey}
def find(k):
    while parent[k] != k:
        parent[k] = parent[parent[k]]; k = parent[k]
    return k
for a, bs in edges.items():
    for b in bs:
        parent[find(a)] = find(b)
pos = {k: i for i, k in enumerate(order)}
comps = collections.defaultdict(list)
for k in bykey:
    comps[find(k)].append(k)
import heapq
for members in comps.values():
    if len(members) < 2:
        continue
    mset = set(members)
    indeg = {k: 0 for k in members}
    for a in members:
        for b in edges.get(a, ()):
            if b in mset:
                indeg[b] += 1
    heap = [(pos[k], k) for k in members if indeg[k] == 0]
    heapq.heapify(heap)
    topo = []
    while heap:
        _, a = heapq.heappop(heap)
        topo.append(a)
        for b in edges.get(a, ()):
            if b in mset:
                indeg[b] -= 1
                if indeg[b] == 0:
                    heapq.heappush(heap, (pos[b], b))
    assert len(topo) == len(members), "ordering cycle"
    for p, k in zip(sorted(pos[m] for m in members), topo):
        order[p] = k

ids = {k: f"q2-{i+1:03d}" for i, k in enumerate(order)}
for a, bs in edges.items():
    for b in bs:
        assert ids[a] < ids[b], (a, b)

out_path = os.path.join(os.path.dirname(__file__), "..", "queue-2.jsonl")  # moved: was ../tickets.jsonl
with open(out_path, "w", encoding="utf-8") as f:
    for k in order:
        t = bykey[k]
        rec = {"id": ids[k], "subject": t["subject"], "description": t["description"], "team": t["team"],
               "priority": t["priority"], "form": t["form"], "customer": t["customer"],
               "recurs": ids[t["recurs"]] if t["recurs"] else None, "tags": t["tags"], "org_tags": t["org_tags"]}
        assert list(rec) == KEYS
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

with open(os.path.join(os.path.dirname(__file__), "key_to_id.tsv"), "w") as f:
    for k in sorted(ids):
        f.write(f"{k}\t{ids[k]}\n")

# --- stats ---
def show(title, counter):
    print(f"\n{title}")
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k}: {v}")
show("team", team_counts)
show("priority", collections.Counter(t["priority"] for t in tickets))
show("form", collections.Counter(t["form"] for t in tickets))
show("customer", collections.Counter(t["customer"] for t in tickets))
rec = [t for t in tickets if t["recurs"]]
print(f"\nrecurrences: {len(rec)}  recurring-customer share: {sum(t['customer'] != 'one-off' for t in tickets)/2:.1f}%")
print("\nteam x priority")
for team in TEAMS:
    c = collections.Counter(t["priority"] for t in tickets if t["team"] == team)
    print(f"  {team:16s} " + " ".join(f"{p[-2:]}={c[p]}" for p in sorted(PRIOS)))
print("\nOK wrote", os.path.abspath(out_path))
