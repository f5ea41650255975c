"""Hostile text cannot stall a worker: 200 KB adversarial tickets against an ordinary one.

    python -m bench.adversarial            # prints a table, writes bench/results/adversarial.json

Each input goes through suggestions, the escalation preview (RFH and defect) over the API (Flask
test client, temporary SQLite database, a freshly trained model), and defect composition alone.
The goal: no adversarial input takes more than 3x the time of an ordinary ticket of the same size.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZE = 200_000
GOAL = 3.0
REPEATS = 2


def inputs() -> dict[str, str]:
    """The hostile texts, and an ordinary ticket of the same size."""
    from bench.tickets import heldout_rows

    rows = heldout_rows()
    prose = "\n".join(f"{r['subject']}\n{r['description']}" for r in rows)
    while len(prose) < SIZE:
        prose += "\n" + prose
    return {
        "ordinary": prose[:SIZE],
        "a. repeated": "a." * (SIZE // 2),
        "one char repeated": "a" * SIZE,
        "@a repeated": "@a" * (SIZE // 2),
        "10,000 lines of dots": ("." * (SIZE // 10_000 - 1) + "\n") * 10_000,
        "long unbroken tokens": " ".join(("x9" * 5_000 + "Q") for _ in range(SIZE // 10_001)),
        "dashed token": "a-" * (SIZE // 2) + "é",
        "spaces and newlines": " \n" * (SIZE // 2),
        "dotted digits": "1." * (SIZE // 2),
        # Groups of two digits are checked as phone numbers written with dots (06.12.34.56.78).
        "dotted digit pairs": "12." * (SIZE // 3),
        # Shapes of payment cards and social security numbers, each one checked or removed.
        "card-shaped groups": "4111 1111 1111 1111 " * (SIZE // 20),
        "SSN-shaped groups": "123-45-6789 " * (SIZE // 12),
        # Cues before a person's name, each followed by capitalised words.
        "name cues": "my colleague Anna Berg Dr. Carl Lind @ann " * (SIZE // 42),
        # Chat speakers, calls and teams (each learnt), and phone cues (each a lenient check).
        "chat and call cues": ("[10:43] ana-berg: call with Carl Lind from our data team\n"
                               * (SIZE // 56)),
        "phone cues": "Tel: 030 1234567 mobile +44 7700 900123 " * (SIZE // 40),
        # Numbers listed with slashes (cut into pieces), roles before names, tax and order cues.
        "listed numbers": "030 1234567 / " * (SIZE // 14),
        # Capitalised mentions, each read with the surname after it (once quadratic: 89x).
        "capitalised mentions": "@Bill Lumbergh fyi " * (SIZE // 19),
        "role and tax cues": "our CTO, Ana Berg: SIRET 512 384 771 PO 4500 fmt.Sprintf( "
                             * (SIZE // 56),
        # Repositories in search filters and connection lists (each learnt), paths' groups.
        "filters and lists": ('repo:^zx-a/ context:b-1 repo%3Azx-c "orgs": ["x-1", "y-2"] '
                              "git.hooli.local/g-1/r-2 " * (SIZE // 85)),
        # The organization's name before a slash, each read as a repository's owner (the
        # review's input: 3.5-3.9x before the path after it was read from a slice).
        "organization paths": "Hooli/a-1 " * (SIZE // 10),
        # Whose team, lists after a cue, Slack speakers, ticket keys and register numbers.
        "team, list and key cues": ("Ana Berg's team; Bea from our ops team; ask for Cid or Dee\n"
                                    "Eve Fox  10:44 AM\ntracked internally as ZX-1 HRB 12345 "
                                    * (SIZE // 112)),
        # Tool output's places (each learnt): prompts, access and syslog lines, CI agents,
        # Slack ids and channels, secrets by their variable's name and in prose.
        "tool output places": ("ana@qx-1:~$ ls\n1.2.3.4 - bo [02/Aug/2024:10:11:12 +0000]\n"
                               "Aug  2 10:11:12 lb-9 haproxy[1]: x\nStarted by user Cid Dee\n"
                               "Running on ag-7 in /w\nEve Fox (U07ZK4QPL2X)  9:41 AM\n#qx-ops "
                               "- name: DB_PASSWORD\n  value: a1b2c3d4\nthe secret is Zk3pQ9aa77\n"
                               * (SIZE // 230)),
        # Login records, chat copies, headers, HAR cookie lists left open and table headers
        # (each table read from its header; a list's end looked for within a bound).
        "log and table places": ("Accepted publickey for ana1 from 1.2.3.4 port 22 ssh2\n"
                                 "sudo:  bo2 : TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/x\n"
                                 "[10:32 AM] Cid Dee\nhi\nx-edge: lb-2\n\"cookies\": [\n"
                                 "NAME  STATUS  ROLES\nwk-1  Ready  <none>\n"
                                 " id | user | x\n  1 | eve_3 | y\n" * (SIZE // 200)),
        # Cookie lists never closed, each value inside every later list's window (the review's
        # input: 22x before each list was read once), and keys listed after one cue (quadratic
        # while each was matched at its position in the whole text).
        "open cookie lists": '"cookies": [ {"value": "abcdefghij"}, ' * (SIZE // 38),
        "listed keys": "internal ticket ZX-1" + ", ZX-1" * (SIZE // 6),
        # Lines of the organization's name and a place (a signature's, read in the last lines
        # only), and earlier tickets listed by number.
        "place lines": "Hooli, Ames Iowa\n" * (SIZE // 17),
        "ticket numbers": "your tickets #41877" + " and #42210" * (SIZE // 11),
        # People in asides (a role and a name in brackets, "X, who", a team of someone, a name
        # beside an address that spells it), reference lines, code hosts' groups, JSON scopes.
        "asides and groups": ("our admin (Ana) Bo (our dba) Cid et Dee (équipe X) Eve Fox, who "
                              "l'équipe de Gil Hu; Ida Jo j.jo@q.io\nRef: ZX-1 / ZX-2 the GitLab "
                              'group g-1 {"logger":"a.b"} kbr-x/y/z\n' * (SIZE // 190)),
        "one address line of names": ("Ana Berg " * 40 + "a.berg@q.io " + "Bo Lin " * 40
                                      + "\n") * (SIZE // 653),
        # Given names alone, each with a capitalised word after it (each read as a surname),
        # and honorifics beside names.
        "given names and honorifics": ("Kofi Mensah, Marta asked Piotr; Pan Nowak, Ritesh bhai, "
                                       "Tanaka-san, anh Quang. " * (SIZE // 92)),
    }


def _best(run: Callable[[], Any]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def measure() -> dict[str, Any]:
    """Seconds per path and input, and each input's worst ratio to the ordinary ticket."""
    from backend import create_app
    from backend.escalation.composer import Composer
    from backend.escalation.templates import Templates
    from backend.routing.handbook import load_handbook
    from backend.routing.router import Suggestion
    from backend.settings import DEFAULT_MODEL_DIR
    from backend.tickets import Ticket
    from bench.server import SECRET, agent_token, prepare_database

    composer = Composer(Templates(DEFAULT_MODEL_DIR / "templates"),
                        load_handbook(DEFAULT_MODEL_DIR / "routing.yaml"))
    suggestion = Suggestion(team={"key": "search-platform", "route": None}, alternatives=[],
                            confident=True, priority={"label": "se/p2", "reasons": []},
                            missing_details=[], evidence=[], model_version=1,
                            deployment="self-hosted")
    with tempfile.TemporaryDirectory(prefix="rfh-adversarial-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        print("training the model for the run...", flush=True)
        prepare_database(url)
        app = create_app({"TESTING": True, "database_url": url, "zaf_shared_secret": SECRET,
                          "instance_path": str(Path(tmp) / "instance"), "log_format": "text"})
        client = app.test_client()
        headers = {"Authorization": f"Bearer {agent_token()}"}

        def api(path: str, body: dict[str, Any]) -> None:
            r = client.post(path, json=body, headers=headers)
            assert r.status_code == 200, (path, r.status_code, r.get_data(as_text=True)[:300])

        results: dict[str, dict[str, float]] = {}
        for name, text in inputs().items():
            ticket = {"subject": "Search is slow", "description": text,
                      "organization": {"name": "Hooli"}, "requester": "Gavin Belson"}
            data = Ticket(id=1, subject="Search is slow", description=text, priority="high",
                          organization="Hooli", requester_name="Gavin Belson")
            paths = {
                "suggestions": lambda t=ticket: api("/api/v1/suggestions", {"ticket": t}),
                "preview rfh": lambda t=ticket: api("/api/v1/escalations/preview",
                                                    {"ticket_id": 1, "ticket": t}),
                "preview defect": lambda t=ticket: api("/api/v1/escalations/preview", {
                    "ticket_id": 1, "ticket": t, "kind": "defect"}),
                "compose defect": lambda d=data: composer.issue(
                    ticket=d, kind="defect", team="search-platform", priority="se/p2",
                    suggestion=suggestion, repo="sourcegraph/sourcegraph"),
            }
            results[name] = {path: round(_best(run), 4) for path, run in paths.items()}
            print(f"  {name:24s} " + "  ".join(f"{p} {s * 1000:8.1f} ms"
                                                for p, s in results[name].items()), flush=True)
    base = results["ordinary"]
    ratios = {name: round(max(t[p] / max(base[p], 1e-4) for p in t), 2)
              for name, t in results.items()}
    return {"size": SIZE, "goal_ratio": GOAL, "seconds": results, "worst_ratio": ratios,
            "met": all(r <= GOAL for r in ratios.values())}


def main() -> None:
    """Run, print the ratios against the goal, write bench/results/adversarial.json."""
    result = measure()
    print(f"\nworst ratio to an ordinary {SIZE // 1000} KB ticket (goal <= {GOAL}x):")
    for name, ratio in result["worst_ratio"].items():
        print(f"  {name:24s} {ratio:6.2f}x  {'ok' if ratio <= GOAL else 'OVER GOAL'}")
    out = Path(__file__).parent / "results" / "adversarial.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
