"""Build tickets.jsonl for queue-1 from the per-team source files. Validates counts and keys."""
import collections, importlib, json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "queue-1.jsonl"  # moved into the project: was ../tickets.jsonl
sys.path.insert(0, str(HERE))

MODULES = ["t_release", "t_cloud", "t_cody", "t_source", "t_graph", "t_search_platform",
           "t_code_search", "t_docs", "t_sales_ce", "t_data_analytics"]
TEAMS = ["release", "cloud", "cody", "source", "graph", "search-platform", "code-search",
         "docs", "sales-ce", "data-analytics"]
FORMS = {"template", "logs", "one-liner", "email-thread", "non-native", "markdown", "chat-paste", "mixed"}
PRIOS = {"se/p0", "se/p1", "se/p2", "se/p3"}
SEED = 1101
PREFIX = "q1"

tickets = []
for m in MODULES:
    mod = importlib.import_module(m)
    assert len(mod.TICKETS) == 20, (m, len(mod.TICKETS))
    for t in mod.TICKETS:
        t = dict(t)
        t["team"] = mod.TEAM
        tickets.append(t)

assert len(tickets) == 200
byk = {t["key"]: t for t in tickets}
assert len(byk) == 200, "duplicate keys"
for t in tickets:
    assert t["team"] in TEAMS
    assert t["form"] in FORMS, t["key"]
    assert t["priority"] in PRIOS, t["key"]
    assert t["subject"].strip(), t["key"]
    assert isinstance(t["tags"], list) and isinstance(t["org_tags"], list)
    r = t["recurs_key"]
    if r is not None:
        assert r in byk and r != t["key"], t["key"]
    if t["form"] == "one-liner":
        assert t["description"].count("\n") <= 2, t["key"]
    # hostnames: only .example / .internal, plus the product's own public sites
    for host in re.findall(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b", t["description"] + " " + t["subject"], re.I):
        h = host.lower()
        if h.endswith((".example", ".internal")) or h in ("sourcegraph.com", "docs.sourcegraph.com"):
            continue
        # file names, go/java identifiers etc. are allowed; flag things that look like real domains
        if h.endswith(".k8s.io"):  # Kubernetes API group in a kubectl message, not a host
            continue
        if re.search(r"\.(com|net|org|io|dev|co|uk|de|se|ai)$", h):
            raise SystemExit(f"suspicious host {host!r} in {t['key']}")

# shuffle with seed, then make every original precede its recurrences (ids = arrival order)
rng = random.Random(SEED)
order = [t["key"] for t in tickets]
rng.shuffle(order)
pos = {k: i for i, k in enumerate(order)}

# Soft narrative ordering (not recurrences): ticket -> tickets it must come after.
HGM_ON_541 = ["rel06", "rel17", "gr01", "gr11", "so16", "sp02", "do02"]
AFTER = {"sp03": ["so06"], "da09": ["rel09"], "sa07": ["rel10"], "da18": ["da07"]}
for k in HGM_ON_541:
    AFTER.setdefault(k, []).append("rel02")

import heapq
preds = {k: set(AFTER.get(k, [])) | ({byk[k]["recurs_key"]} if byk[k]["recurs_key"] else set()) for k in byk}
# connected components of the constraint graph; within each, reassign the component's own
# shuffled slots in a topological order (ties by shuffled position) so members stay spread out.
parent = {k: k for k in byk}
def find(k):
    while parent[k] != k:
        parent[k] = parent[parent[k]]; k = parent[k]
    return k
for k, ps in preds.items():
    for p_ in ps:
        parent[find(k)] = find(p_)
comps = collections.defaultdict(list)
for k in byk:
    comps[find(k)].append(k)
for members in comps.values():
    if len(members) == 1:
        continue
    mset = set(members)
    indeg = {k: len(preds[k] & mset) for k in members}
    heap = [(pos[k], k) for k in members if indeg[k] == 0]
    heapq.heapify(heap)
    topo = []
    while heap:
        _, k = heapq.heappop(heap)
        topo.append(k)
        for s_ in members:
            if k in preds[s_]:
                indeg[s_] -= 1
                if indeg[s_] == 0:
                    heapq.heappush(heap, (pos[s_], s_))
    assert len(topo) == len(members), "cycle"
    slots = sorted(pos[k] for k in members)
    for slot, k in zip(slots, topo):
        pos[k] = slot
# Minimum spacing (in arrival positions, ~2 tickets per working day) between an original and a
# recurrence, unless the recurrence is plausibly the same week (second user / same known bug).
SAME_WEEK = {"do16", "do02", "co09", "cs04", "da14", "so07", "gr06"}
def need_gap(child, parent):
    if byk[child]["recurs_key"] == parent:
        return 3 if child in SAME_WEEK else 25
    return 1
constrained = {k for k in byk if preds[k]} | {p_ for k in byk for p_ in preds[k]}
free = [k for k in byk if k not in constrained]
for _ in range(5000):
    bad = [(c, p_) for c in byk for p_ in preds[c] if pos[c] - pos[p_] < need_gap(c, p_)]
    if not bad:
        break
    c, p_ = bad[0]
    g = need_gap(c, p_)
    slot_of = {v: k for k, v in pos.items()}
    if pos[p_] + g <= 199:
        target = min(199, pos[p_] + g + rng.randint(0, 25))
        mover = c
    else:
        target = max(0, pos[c] - g - rng.randint(0, 25))
        mover = p_
    # walk to the nearest free ticket around target
    for d in range(200):
        cands = [t for t in (target + d, target - d) if 0 <= t <= 199 and slot_of[t] in free]
        if cands:
            t = cands[0]; break
    x = slot_of[t]
    pos[mover], pos[x] = pos[x], pos[mover]
else:
    raise SystemExit("could not satisfy spacing")
order = sorted(byk, key=lambda k: pos[k])
ids = {k: f"{PREFIX}-{i+1:03d}" for i, k in enumerate(order)}
for k in order:
    for p_ in preds[k]:
        assert ids[p_] < ids[k], (k, p_)

with OUT.open("w", encoding="utf-8") as f:
    for k in order:
        t = byk[k]
        rec = {
            "id": ids[k],
            "subject": t["subject"],
            "description": t["description"],
            "team": t["team"],
            "priority": t["priority"],
            "form": t["form"],
            "customer": t["customer"],
            "recurs": ids[t["recurs_key"]] if t["recurs_key"] else None,
            "tags": t["tags"],
            "org_tags": t["org_tags"],
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# key map for NOTES / audit
(HERE / "id_map.tsv").write_text("".join(f"{ids[k]}\t{k}\n" for k in order))

# stats
def count(field):
    return collections.Counter(byk[k][field] for k in order)
print("teams", dict(collections.Counter(t["team"] for t in tickets)))
print("priority", dict(sorted(count("priority").items())))
print("form", dict(count("form").most_common()))
print("customer", dict(count("customer").most_common()))
nrec = sum(1 for t in tickets if t["recurs_key"])
print("recurrences", nrec, f"{nrec/2:.1f}%")
rc = sum(1 for t in tickets if t["customer"] != "one-off")
print("recurring-customer tickets", rc, f"{rc/2:.1f}%")
ct = collections.defaultdict(collections.Counter)
for t in tickets:
    ct[t["team"]][t["priority"]] += 1
for team in TEAMS:
    print(" ", team, dict(sorted(ct[team].items())))
print("wrote", OUT)
