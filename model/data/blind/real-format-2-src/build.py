"""Assemble all team modules, shuffle with a fixed seed, number ids, write JSONL."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MODULES = [
    "t_release", "t_cloud", "t_cody", "t_source", "t_graph",
    "t_search_platform", "t_code_search", "t_docs", "t_sales_ce", "t_data_analytics",
]
SEED = 20261204
OUT = os.path.join(os.path.dirname(HERE), "real-format-2.jsonl")


def main():
    rows = []
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            print(f"skip {name} (not written yet)")
            continue
        for t in mod.TICKETS:
            r = dict(t)
            r["team"] = mod.TEAM
            rows.append(r)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            out = {
                "id": f"rf2-{i:03d}",
                "subject": r["subject"],
                "description": r["description"],
                "team": r["team"],
                "priority": r["priority"],
                "form": r["form"],
                "tags": r["tags"],
                "org_tags": r["org_tags"],
            }
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
