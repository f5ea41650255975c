from common import T

TEAM = "code-search"

TICKETS = [
T("automated change overwrote people's branches across hundreds of repos",
"""
from our incident channel, 20 min ago:

[10:31] Ines: why did my branch `feature/tax-rules` just get force-pushed by svc-sourcegraph?? my last 2 days of commits are gone from the remote
[10:32] Kofi: same in 3 of our repos
[10:34] Ravi (platform): I applied the dependency-bump spec this morning. branch name in the spec was `feature/${{ repository.name }}`… no wait, I used a fixed branch name that collided with existing ones 😬
[10:35] Ravi: it's updating ~640 repos. I hit "close" but the changesets are still "processing"
[10:36] Kofi: STOP IT somehow, people are losing work
[10:38] Ravi: how do we stop publishing NOW and can we get the old heads back?

Instance 6.0.1 self-hosted. Please call, this is ongoing.
""",
"se/p0", "chat-paste", ["urgent", "data_loss"], ["self-hosted", "enterprise"]),

T("search page blank for everyone after upgrade",
"""
Upgraded to 6.1.0 at 07:00. Since then the search page shows the header and nothing else, for every user, every browser.

Browser console:
  Uncaught TypeError: Cannot read properties of undefined (reading 'filters')
      at SearchResultsView (main.7f3c1a.js:2:418822)
      at renderWithHooks (vendor.a1b2c3.js:1:92011)

Network tab: the stream request returns 200 and data flows, so results are there, the page just doesn't render them.

Alerts firing since 07:05:
  critical: frontend: 2%+ hard error search responses every 5m   (hard_error_search_responses)
  warning: frontend: 5s+ 90th percentile successful sentinel search duration over 2h

Everyone blocked from searching in the UI. The API via `src search` still works.
""",
"se/p0", "logs", ["urgent", "upgrade"], ["self-hosted"]),

T("Code monitor emails stopped - we rely on them for leaked secrets",
"""
**Sourcegraph version:** 5.11.6
**Platform information:** docker compose

**Steps to reproduce:**
1. Have a code monitor on `type:diff select:commit.diff.added AKIA[0-9A-Z]{16}` with email action
2. Commit a fake AWS key in a test repo

**Expected behavior:**
Email to security@ within minutes (worked for 2 years).

**Actual behavior:**
No email. The monitor's log shows the trigger fired and "action: email — completed", but nothing arrives. Other emails from the instance (password reset) arrive fine.

**Additional context:**
Security uses ~45 monitors for secret/PII detection. We're blind right now.
""",
"se/p1", "template", ["bug", "security"], ["self-hosted"]),

T("insights dashboard not update since 2 week",
"""
Hello,

Our code insight dashboard for migration tracking (Java 8 → 21) not update since 2 week, the line is flat. Also alert "insights queue unutilized size" is firing in Grafana. Management look at this dashboard every Monday for quarterly review and next Monday is the big review with CTO.

We try to delete and create again one insight, it stay "loading" forever.

Please fast help.
Mehmet Yilmaz
""",
"se/p1", "non-native", ["bug"], ["self-hosted"]),

T("POC: batch changes can't publish to Bitbucket Server",
"""
## Summary
Running a batch change works (diffs look right), but **Publish** fails for every changeset.

## Error
```
Publishing changeset failed: creating pull request: Bitbucket API 401: Authentication failed. Please check your credentials.
```

## Setup
- Trial instance 6.0.2
- Bitbucket Data Center 8.19
- I added a **personal** access token under *Batch Changes → Credentials*; site admin has a global service token too

| Attempt | Result |
|---|---|
| Personal token (project admin) | 401 |
| Global service token | 401 |

## Why now
Batch changes is the feature our sponsor wants to see in the **Dec 12** evaluation readout.
""",
"se/p1", "markdown", ["poc"], ["trial"]),

T("RE: search slowness - tied to renewal decision",
"""
Hi,

To add to the below: our CFO asked me yesterday whether the tool is "worth the renewal" given the complaints. I'd like a concrete plan by next week.

Kind regards,
Hélène Marchetti
Engineering Excellence, Ondine Systèmes

> Le 2 déc. 2026 à 11:20, Hélène Marchetti a écrit :
> We're seeing this firing for most of the day:
>     warning: frontend: 20s+ 99th percentile successful search request duration over 5m
>     warning: frontend: 5%+ partial timeout search responses every 5m
> Users say the search results page "spins for ages then shows some results".
> Indexed search pods look healthy to our eyes (CPU and memory under 50%).
> About 700 users.
>
>> Le 1 déc. 2026 à 17:02, Luc Bernard a écrit :
>> Hélène, remind me to forward the new office addresses to their billing team, unrelated.
""",
"se/p1", "email-thread", ["renewal", "performance"], ["enterprise"]),

T("GitHub pages no longer show the code navigation buttons",
"""
Since our GitHub Enterprise Server went to 3.15 on Sunday, nobody sees the overlay on GHE code views anymore — no hover, no "View on Sourcegraph" button.

- Chrome extension 24.12.x, managed install via GPO to ~2,500 devs
- Extension options page says "Connected to https://sg.kaldera.internal ✔"
- Console on a GHE blob page: `[sourcegraph] no code views found on page`

Screenshot: https://intra.kaldera.example/shot/ghe-no-overlay.png

People are asking if we turned the tool off. Nothing changed on our Sourcegraph instance.
""",
"se/p1", "mixed", ["bug"], ["self-hosted"]),

T("saved search notifications stopped arriving",
"",
"se/p2", "one-liner", [], []),

T("repo:has.file() returns repos that don't have the file",
"Query: repo:has.file(path:^Jenkinsfile$) count:all — about 30% of results have no Jenkinsfile.",
"se/p2", "one-liner", [], []),

T("src batch preview fails on template step",
"""
$ src batch preview -f bump-node.batch.yaml
✅ Parsing batch spec
✅ Resolving namespace
✅ Resolved 212 workspaces from 212 repositories
❌ Executing... (0/212, 212 errored)

Error in repository github.linmoor.internal/web/admin-portal:
  template: step-0-run:1:23: executing "step-0-run" at <repository.search_result_paths>: can't evaluate field search_result_paths in type *template.Repository

Spec:
  steps:
    - run: echo ${{ repository.search_result_paths }} | xargs sed -i 's/"node": "18"/"node": "22"/'
      container: alpine:3

src 6.0.0, instance 6.0.2. Copied the field name from an older example. What's the new name?
""",
"se/p2", "logs", [], []),

T("can't see a colleague's search context",
"""
Google Chat, pasted:

Anouk, 10:02: I made a search context "payments-all" under my user and shared the link
Bart, 10:04: link gives me "context not found"
Anouk, 10:05: it's marked private I guess? I don't see a share option
Bart, 10:06: can it be moved to the org instead? we'd all use it
""",
"se/p2", "chat-paste", [], []),

T("firefox extension not working on bitbucket",
"""
Hello,

The Sourcegraph extension on Firefox (version 128 ESR) not show anything on our Bitbucket Server pages. On Chrome for same user it works. Firefox console say "content script blocked by CSP". We are many Firefox user because company policy (~60).

What we can do? Maybe some setting in Bitbucket?

Best regards
Jiří Novák
""",
"se/p2", "non-native", [], []),

T("Feature request: export search results as CSV",
"""
## Request
A button on the results page to **export matches to CSV** (repo, file, line, match).

## Use case
Our compliance team audits usage of deprecated crypto APIs monthly.

| Today | Pain |
|---|---|
| Copy/paste from UI | slow, error-prone |
| `src search -json` + jq | compliance people don't use CLIs |

## Nice to have
Scheduled export to a shared drive.
""",
"se/p2", "markdown", ["feature_request"], ["enterprise"]),

T("RE: Blame toggle disappeared after upgrade",
"""
Hi,

Following up, still happening on 6.0.3.

Thanks,
Oskar Lund | Tools Team | Brisa Mobility AB

> On 26 Nov 2026, at 13:47, Oskar Lund wrote:
> After upgrading from 5.10 the "Blame" button in the file header is gone for most users. Site admins
> still see it. We used to have the git-extras extension enabled — I see extensions are no longer in
> the settings UI. Was blame moved behind a setting? Our devs use it a lot but can check GitLab blame meanwhile.
>
> Also saw that the docs page for extensions 404s, but that's probably expected if they were removed.
""",
"se/p2", "email-thread", [], []),

T("\"some results skipped due to timeout\" on common queries",
"""
Users started sending me screenshots of the yellow "Some results may be missing: timed out" banner, mostly on queries like `lang:python requests.get`.

Grafana:
  - "partial timeout search responses" warning a few times a day
  - "90th percentile search request duration" ~8s at peaks

> "It's fine if I add a repo: filter" — data team lead

Not a blocker but it's eroding trust. Anything we can tune? 5.11.4, ~400 users.
""",
"se/p2", "mixed", ["performance"], []),

T("Code insight counts don't match the search results count",
"""
**Sourcegraph version:** 6.0.1
**Platform information:** Helm / GKE

**Steps to reproduce:**
1. Create insight series with query `lang:go ioutil\\.` (no repo filter)
2. Compare latest datapoint to running `lang:go ioutil\\. count:all` in search

**Expected behavior:** same number (ish)

**Actual behavior:** insight says 1,204, search says 3,977

**Additional context:** Is the insight only counting some repos / default branch? Doc didn't say.
""",
"se/p2", "template", [], []),

T("How do I search only in test files?",
"",
"se/p3", "one-liner", ["question", "how_to"], []),

T("make one search context the default for everybody",
"""
[09:10] gwen: can admins set a default search context for all users? e.g. only our own repos, not the forks
[09:11] arjun: think users can set it individually
[09:11] gwen: want it global. asking support
""",
"se/p3", "chat-paste", [], []),

T("batch change only first 10 repos for test?",
"""
Hi,

We want to try batch change on only 10 repository first, then later on all 300. How to do this? In spec we have repositoriesMatchingQuery. Can we limit number or must we write 10 repo names?

Thank you
Sun-hee Choi
""",
"se/p3", "non-native", ["question", "how_to"], []),

T("match highlight offset when line has emoji",
"""
### Cosmetic bug
When a matched line contains an emoji before the match, the yellow highlight is shifted right by a couple of characters.

Example query: `"deploy 🚀 done" count:1`

![offset](https://img.pellucid.example/hl-offset.png)

Doesn't affect results, just looks off.
""",
"se/p3", "markdown", ["cosmetic"], []),
]
