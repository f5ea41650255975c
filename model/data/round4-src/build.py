"""Write ../train/round4.jsonl from the round-4 tickets (run from this folder)."""
import json
from collections import Counter

from part3 import T

counts: dict[str, int] = {}
with open("../train/round4.jsonl", "w") as fh:
    for row in T:
        team = row["team"]
        counts[team] = counts.get(team, 0) + 1
        if not row["description"].strip():
            row["description"] = row["subject"]  # Zendesk repeats the subject when the body is empty
        out = {"id": f"{team}-tr4-{counts[team]:03d}", "subject": row["subject"],
               "description": row["description"], "team": team, "priority": row["priority"],
               "form": row["form"], "tags": row["tags"], "org_tags": row["org_tags"]}
        fh.write(json.dumps(out, ensure_ascii=False) + "\n")
print(len(T), counts)
print(Counter(r["form"] for r in T))
