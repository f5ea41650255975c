#!/usr/bin/env python3
"""Build /work/blind-out/rf3/tickets.jsonl from the per-team source files, reproducibly.

Checks: 20 tickets per team, valid priorities and forms, unique ids, <=15 non-English tickets,
no real-looking domains except sourcegraph.com / docs.sourcegraph.com.
Also writes src/borderline.md (borderline routing calls with final ids) and src/counts.md.
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import FORMS  # noqa: E402
from extra_notes import NOTES as EXTRA_NOTES  # noqa: E402

TEAM_MODULES = [
    "team_code_search", "team_search_platform", "team_graph", "team_source", "team_cody",
    "team_cloud", "team_release", "team_data_analytics", "team_docs", "team_sales_ce",
]
TEAMS = ["code-search", "search-platform", "graph", "source", "cody", "cloud", "release",
         "data-analytics", "docs", "sales-ce"]
PRIORITIES = ["se/p0", "se/p1", "se/p2", "se/p3"]
SEED = 20251201

# Domain check: any dotted host whose last label is a common real TLD is suspicious.
REAL_TLDS = {
    "com", "net", "org", "io", "dev", "co", "ai", "app", "cloud", "de", "fr", "es", "jp", "br",
    "uk", "us", "eu", "info", "biz", "me", "ly", "gl", "tv", "ch", "nl", "se", "pt", "it", "ru",
    "cn", "in", "au", "ca", "no", "fi", "dk", "pl", "at", "be", "kr", "nz", "za", "mx", "ar",
    "gg", "xyz", "site", "online", "tech", "ie", "gov", "edu", "mil",
}
ALLOWED_HOSTS = {"sourcegraph.com", "docs.sourcegraph.com"}
HOST_RE = re.compile(r"(?<![\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,}))(?![\w-])", re.I)


def check_domains(text):
    bad = []
    for m in HOST_RE.finditer(text):
        host, tld = m.group(1).lower(), m.group(2).lower()
        if tld in REAL_TLDS and host not in ALLOWED_HOSTS:
            bad.append(host)
    return bad


def main():
    tickets = []
    for modname in TEAM_MODULES:
        mod = importlib.import_module(modname)
        assert mod.TEAM in TEAMS, mod.TEAM
        assert len(mod.TICKETS) == 20, (mod.TEAM, len(mod.TICKETS))
        for t in mod.TICKETS:
            t = dict(t)
            t["team"] = mod.TEAM
            if not t.get("note") and t["subject"] in EXTRA_NOTES:
                t["note"] = EXTRA_NOTES[t["subject"]]
            tickets.append(t)

    errors = []
    per_team = collections.Counter(t["team"] for t in tickets)
    for team in TEAMS:
        if per_team[team] != 20:
            errors.append(f"team {team}: {per_team[team]} tickets")
    for t in tickets:
        if t["priority"] not in PRIORITIES:
            errors.append(f"bad priority {t['priority']} in {t['subject']!r}")
        if t["form"] not in FORMS:
            errors.append(f"bad form {t['form']} in {t['subject']!r}")
        bad = check_domains(t["subject"] + "\n" + t["description"])
        if bad:
            errors.append(f"real-looking domain(s) {bad} in {t['subject']!r}")
        if not t["subject"].strip() or not t["description"].strip():
            errors.append(f"empty field in {t['subject']!r}")
    subjects = collections.Counter(t["subject"] for t in tickets)
    for s, n in subjects.items():
        if n > 1:
            errors.append(f"duplicate subject {s!r}")
    known = {t["subject"] for t in tickets}
    for s_ in EXTRA_NOTES:
        if s_ not in known:
            errors.append(f"extra note for unknown subject {s_!r}")
    n_foreign = sum(1 for t in tickets if t["form"] == "non_english")
    if n_foreign > 15:
        errors.append(f"too many non-English tickets: {n_foreign}")

    # Shuffle deterministically, then number.
    rng = random.Random(SEED)
    rng.shuffle(tickets)
    for i, t in enumerate(tickets, 1):
        t["id"] = f"rf3-{i:03d}"
    ids = [t["id"] for t in tickets]
    if len(set(ids)) != len(ids) or len(ids) != 200:
        errors.append("ids not unique / not 200")
    # Not grouped by team: no run of >4 identical teams in a row.
    run, longest = 1, 1
    for a, b in zip(tickets, tickets[1:]):
        run = run + 1 if a["team"] == b["team"] else 1
        longest = max(longest, run)
    if longest > 4:
        errors.append(f"team run of {longest} after shuffle")

    if errors:
        print("BUILD FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)

    with open(os.path.join(OUT_DIR, "tickets.jsonl"), "w", encoding="utf-8") as f:
        for t in tickets:
            rec = collections.OrderedDict([
                ("id", t["id"]), ("subject", t["subject"]), ("description", t["description"]),
                ("team", t["team"]), ("priority", t["priority"]), ("form", t["form"]),
                ("tags", []), ("org_tags", []),
            ])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # Side outputs used for NOTES.md
    by_id = sorted(tickets, key=lambda t: t["id"])
    with open(os.path.join(HERE, "borderline.md"), "w", encoding="utf-8") as f:
        for t in by_id:
            if t.get("note"):
                f.write(f"- **{t['id']}** → `{t['team']}` ({t['priority']}, {t['form']}): {t['note']}\n")
    pr = collections.Counter(t["priority"] for t in tickets)
    fm = collections.Counter(t["form"] for t in tickets)
    tp = collections.defaultdict(collections.Counter)
    for t in tickets:
        tp[t["team"]][t["priority"]] += 1
    with open(os.path.join(HERE, "counts.md"), "w", encoding="utf-8") as f:
        f.write("| priority | count |\n|---|---|\n")
        for p in PRIORITIES:
            f.write(f"| {p} | {pr[p]} |\n")
        f.write("\n| form | count |\n|---|---|\n")
        for k, v in sorted(fm.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"| {k} | {v} |\n")
        f.write("\n| team | total | p0 | p1 | p2 | p3 |\n|---|---|---|---|---|---|\n")
        for team in TEAMS:
            c = tp[team]
            f.write(f"| {team} | {sum(c.values())} | " + " | ".join(str(c[p]) for p in PRIORITIES) + " |\n")
    header_path = os.path.join(HERE, "notes_header.md")
    if os.path.exists(header_path):
        with open(header_path, encoding="utf-8") as f:
            header = f.read()
        with open(os.path.join(HERE, "counts.md"), encoding="utf-8") as f:
            counts = f.read()
        with open(os.path.join(HERE, "borderline.md"), encoding="utf-8") as f:
            border = f.read()
        nf = collections.Counter()
        for t in tickets:
            if t["form"] == "non_english":
                nf[t["team"]] += 1
        with open(os.path.join(OUT_DIR, "NOTES.md"), "w", encoding="utf-8") as f:
            f.write(header.rstrip() + "\n\n## Counts (computed by build.py)\n\n" + counts)
            f.write("\nnon_english per team: " + ", ".join(f"{k} {v}" for k, v in sorted(nf.items())) + "\n")
            f.write("\n## Borderline routing calls (final ids)\n\n" + border)
    print(f"OK: wrote {len(tickets)} tickets; priorities {dict(sorted(pr.items()))}; "
          f"non-English {n_foreign}; longest same-team run {longest}")


if __name__ == "__main__":
    main()
