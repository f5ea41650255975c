"""Assemble, validate and write tickets.jsonl for round5-b."""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import t_release, t_cloud, t_cody, t_source, t_graph  # noqa: E402
import t_search_platform, t_code_search, t_docs, t_sales_ce, t_data_analytics  # noqa: E402

MODULES = [t_release, t_cloud, t_cody, t_source, t_graph,
           t_search_platform, t_code_search, t_docs, t_sales_ce, t_data_analytics]
TEAMS = ["release", "cloud", "cody", "source", "graph", "search-platform",
         "code-search", "docs", "sales-ce", "data-analytics"]
PRIORITIES = {"se/p0", "se/p1", "se/p2", "se/p3"}
FORMS = {"template", "logs", "config", "one-liner", "email-thread", "chat-paste",
         "markdown", "non-native", "mixed", "plain"}
KEYS = ["id", "subject", "description", "team", "priority", "form", "tags", "org_tags"]
PER_TEAM = 20


def main():
    rows = []
    for mod in MODULES:
        team = mod.TEAM
        assert team in TEAMS, team
        assert len(mod.TICKETS) == PER_TEAM, (team, len(mod.TICKETS))
        for i, t in enumerate(mod.TICKETS, 1):
            row = {"id": f"{team}-tr5b-{i:03d}", "subject": t["subject"],
                   "description": t["description"], "team": team,
                   "priority": t["priority"], "form": t["form"],
                   "tags": t["tags"], "org_tags": t["org_tags"]}
            rows.append(row)

    # validation
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(rows) == PER_TEAM * len(TEAMS)
    for r in rows:
        assert list(r.keys()) == KEYS, r["id"]
        assert r["team"] in TEAMS, r["id"]
        assert r["priority"] in PRIORITIES, r["id"]
        assert r["form"] in FORMS, r["id"]
        assert isinstance(r["tags"], list) and all(isinstance(x, str) for x in r["tags"])
        assert isinstance(r["org_tags"], list) and all(isinstance(x, str) for x in r["org_tags"])
        assert r["subject"].strip(), r["id"]
        if r["form"] != "one-liner":
            assert len(r["description"].split()) >= 3, r["id"]
    teams = collections.Counter(r["team"] for r in rows)
    assert all(teams[t] == PER_TEAM for t in TEAMS), teams
    nonplain = sum(r["form"] != "plain" for r in rows) / len(rows)
    assert nonplain >= 0.70, nonplain

    random.Random(20240505).shuffle(rows)
    with open(os.path.join(HERE, "..", "..", "train", "round5b.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("rows", len(rows))
    print("teams", dict(teams))
    print("priority", dict(sorted(collections.Counter(r["priority"] for r in rows).items())))
    print("forms", dict(collections.Counter(r["form"] for r in rows).most_common()))
    print(f"non-plain {nonplain:.1%}")
    for t in TEAMS:
        c = collections.Counter(r["priority"] for r in rows if r["team"] == t)
        print(f"  {t:16s}", dict(sorted(c.items())))


if __name__ == "__main__":
    main()
