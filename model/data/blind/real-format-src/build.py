import json, random, importlib, collections, sys
mods = ["t_cloud","t_code_search","t_cody","t_data_analytics","t_docs","t_graph","t_release","t_sales_ce","t_search_platform","t_source"]
rows = []
for m in mods:
    rows += importlib.import_module(m).T
from long_overrides import OVR, ORG_OVR
hit=set()
for r in rows:
    k=(r["team"], r["subject"])
    if k in OVR:
        r["description"]=OVR[k].strip("\n"); hit.add(k)
assert hit==set(OVR), set(OVR)-hit
hit2=set()
for r in rows:
    k=(r["team"], r["subject"])
    if k in ORG_OVR:
        r["org_tags"]=ORG_OVR[k]; hit2.add(k)
assert hit2==set(ORG_OVR), set(ORG_OVR)-hit2
random.Random(20250612).shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    out.append({"id": f"rf-{i:03d}", "subject": r["subject"], "description": r["description"],
                "team": r["team"], "priority": r["priority"], "form": r["form"],
                "tags": r["tags"], "org_tags": r["org_tags"]})
with open("/work/blind-set/real-format.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
