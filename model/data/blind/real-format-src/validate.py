import json, collections, sys
KEYS = ["id", "subject", "description", "team", "priority", "form", "tags", "org_tags"]
TEAMS = {"cloud","code-search","cody","data-analytics","docs","graph","release","sales-ce","search-platform","source"}
PRIOS = {"se/p0","se/p1","se/p2","se/p3"}
FORMS = {"template","logs","one-liner","email-thread","non-native","markdown","chat-paste","mixed"}
rows = []
with open("/work/blind-set/real-format.jsonl") as f:
    for n, line in enumerate(f, 1):
        o = json.loads(line)                      # raises on invalid JSON
        assert list(o) == KEYS, (n, list(o))
        assert all(isinstance(o[k], str) for k in KEYS[:6]), n
        assert isinstance(o["tags"], list) and isinstance(o["org_tags"], list), n
        assert o["team"] in TEAMS and o["priority"] in PRIOS and o["form"] in FORMS, n
        assert o["subject"].strip(), n
        rows.append(o)
assert len(rows) == 240, len(rows)
assert len({r["id"] for r in rows}) == 240
assert [r["id"] for r in rows] == [f"rf-{i:03d}" for i in range(1, 241)]
C = collections.Counter
assert all(v == 24 for v in C(r["team"] for r in rows).values())
fc = C(r["form"] for r in rows)
assert all(fc[f] >= 30 for f in ["template","logs","one-liner","email-thread","non-native","markdown"]), fc
print("OK", len(rows), "rows")
print("forms:", dict(fc))
print("priorities:", dict(sorted(C(r["priority"] for r in rows).items())))
