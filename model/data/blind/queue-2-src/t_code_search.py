from common import T

TEAM = "code-search"
QS, PEM, HAL, TS, BM, FH, EAST, CDSA, ARV = ("Quillstone Software", "Pemberton Systems", "Halvard Games",
    "Tessellate Labs", "Brightmarsh Interactive", "Fernhollow Software", "University of Eastmoor",
    "Commonwealth Digital Services Agency", "Arvenian Statistics Office")

TICKETS = [
T("K01", TEAM, PEM, "se/p2", "logs",
  "src batch apply: no credential for ghe.pemberton.internal",
  """
One of our platform engineers is trying to roll out a logging library bump to ~140 repos with a batch change on Lighthouse. Preview works, publishing fails for every changeset:

$ src batch apply -f bump-zap.batch.yaml -namespace platform-eng
✅ Resolved 142 workspaces
✅ Executed all steps
✅ Sending batch spec
...
Publishing changesets: 0/142
❌ Error: no credential found that can authenticate to the code host: https://ghe.pemberton.internal/

UI shows "No token configured" next to GHES under Batch Changes settings. The code host connection itself uses our sg-bot PAT and repos sync fine. Does batch changes need a separate token? Can we set a global one so not every engineer has to add a PAT?

Dana
""", tags=["batch-changes", "credentials", "github"]),

T("K02", TEAM, PEM, "se/p2", "email-thread",
  "Batch Changes: Bitbucket Cloud credential rejected",
  """
Hi,

I'm trying to run a batch change against the Bitbucket Cloud repos (the acquisition workspace) on Lighthouse. Following what Dana set up for GHES, I added my own credential under Settings > Batch Changes for bitbucket.org, using an app password with repo write + PR write.

Saving it fails with: "Validating credential: authentication failed (401)".

The same app password works with `curl -u kofi-pemberton:<app password> https://api.bitbucket.org/2.0/user`. Is a username required somewhere? The form only asks for a token.

Thanks,
Kofi Mensah
Platform Engineering, Pemberton Systems

> From: Dana Okafor
> Kofi - site-level GHES credential is in place, for Bitbucket you'll need your own for now. Ping support if it doesn't work.
""", tags=["batch-changes", "credentials", "bitbucket-cloud"], recurs="K01"),

T("K03", TEAM, HAL, "se/p2", "mixed",
  "Code insights 'Frostline tech debt' stuck at 0%",
  """
Our producers set up a code insights dashboard "Frostline tech debt" with 4 series (count of `TODO(frostline)`, `UE_DEPRECATED`, `#pragma optimize("", off)`, `check(false)`), history 12 months. It's been a week and all series show "0% complete / Collecting data".

Alertmanager has been sending:
  worker: insights_queue_unutilized_size  - insights queue has items but is not being processed

Site admin > Code insights jobs: 48,212 queued, 0 in progress, 0 completed in last 24h.

Instance sg.halvard.internal 5.2.0. Repo filter on the insight is `perforce/frostline/.*`.

Mikael
""", tags=["code-insights", "alert", "queue", "worker"]),

T("K04", TEAM, QS, "se/p2", "template",
  "Browser extension: no hovers on private GitHub repos",
  """
**Summary**
Sourcegraph Chrome extension pointed at QS Search shows no hovers or "go to definition" buttons on private repos in github.com/quillstone-eng. Public repos on github.com work.

**Steps to reproduce**
1. Install the Chrome extension, set URL to https://qs-search.managed.example
2. Open https://github.com/quillstone-eng/billing-core/blob/main/internal/invoice/service.go
3. Hover any identifier

**Expected**
Hover tooltip.

**Actual**
Nothing. Extension icon shows a red dot; popup says "Private repository: sign in to your Sourcegraph instance" although I am signed in (same browser).

**Env**
Chrome 119, extension latest from Chrome Web Store, managed instance.

Tom Becker
""", tags=["browser-extension", "chrome", "github", "hovers"]),

T("K05", TEAM, QS, "se/p2", "email-thread",
  "Firefox add-on doesn't show Sourcegraph buttons on GitHub",
  """
Hi support,

Tom said there was a ticket about the extension on Chrome already. I'm on Firefox 120 and I don't even get the "View on Sourcegraph" button on our private GitHub repos, let alone hovers. Add-on settings say "Connected to qs-search.managed.example" with a green check.

I'm on strict Enhanced Tracking Protection if that matters (company default).

Thanks,
Marco Silvestri
Backend Engineer, Quillstone

> From: Tom Becker
> Marco, add your details to support directly, mention the Chrome extension case from November.
""", tags=["browser-extension", "firefox", "github"], recurs="K04"),

T("K06", TEAM, EAST, "se/p2", "email-thread",
  "Code monitor sends two emails per commit",
  """
Dear Support,

One of our researchers set up a code monitor in CodeFind that watches for `password\\s*=` in commits to the `teaching` group. Every matching commit produces two identical notification emails, a few seconds apart. The monitor only has one email action. This is causing some confusion with the teaching assistants.

Monitor name: "teaching-secrets-watch", owner: s.haugland. Version 5.1.6.

Kind regards,
Helen

> From: Teaching Assistant (COMP1020)
> Helen, are we supposed to get every alert twice? Two of us thought there were two separate leaks.

--
Dr Helen Achterberg
Research Computing Lead, School of Computer Science, University of Eastmoor
""", tags=["code-monitoring", "notifications", "duplicates"]),

T("K07", TEAM, CDSA, "se/p2", "template",
  "99th_percentile_search_request_duration alert firing during business hours",
  """
SUMMARY:
frontend: 99th_percentile_search_request_duration alert firing daily 09:00-11:00.

ENVIRONMENT:
- Air-gapped Kubernetes, cdsa-sg 5.1.8, ~600 users

STEPS TO REPRODUCE:
Observe Grafana > Frontend > Search at peak hours.

EXPECTED RESULT:
No alert.

ACTUAL RESULT:
  frontend: 99th_percentile_search_request_duration  20s+ (warning)
Users report slow searches, especially queries with `type:diff` and `type:commit` over `gitlab.cdsa.internal/benefits/.*`.

IMPACT:
Degraded search performance for the benefits program teams. Alert noise for on-call.

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield
""", tags=["search", "alert", "latency", "diff-search"]),

T("K08", TEAM, CDSA, "se/p2", "logs",
  "hard_timeout_search_responses alert after the search latency fixes",
  """
Following the search latency ticket from Denise, the p99 alert is quieter but now we see:

  frontend: hard_timeout_search_responses  2%+ hard timeout search responses every 5m (warning)

Users hitting it are mostly running `type:diff author:` searches across all repos without a repo filter. Frontend log:
  {"SeverityText":"WARN","Body":"search timed out","Attributes":{"query":"type:diff author:j.ngata after:\\"3 months ago\\"","duration":"60.001s"}}

Can we raise the default timeout, or restrict diff searches without repo: for non-admins?

Marcus Tran
""", tags=["search", "alert", "timeout", "diff-search"], recurs="K07"),

T("K09", TEAM, BM, "se/p3", "non-native",
  "Create search contexts for each game via API",
  """
Hello,

We want to create one search context for each game project (Lanternfall, Lanternfall DLC, the new prototype "Tidewright"), with the GitHub repos and Perforce depots of that game. There are 4 projects now, but more later, so we prefer to create them by script.

Is there GraphQL API for create search context? Can you give example of the mutation? Our instance is brightmarsh.managed.example.

Thank you very much,
Kenji Watanabe
""", tags=["search-contexts", "graphql", "api", "how-to"]),

T("K10", TEAM, TS, "se/p1", "markdown",
  "POC: published changesets show 'Unknown' state",
  """
### What we did
Batch change `rename-logger-pkg` across 37 repos on `github.tessellate.example`, published from `tessellate-poc.managed.example`.

### What we see
PRs were created on GHES correctly. In the batch change view all 37 changesets show **State: Unknown**, checks "–", review "–". Merging a PR on GHES doesn't update anything. "Sync" button does nothing visible.

### Why it matters
Batch changes is one of the five POC criteria; the scoring session is Friday.

### Details
- Credential: site-level GitHub App (same as the code host connection)
- GHES 3.10

— Jo Lindqvist
""", tags=["poc", "batch-changes", "changesets", "github-enterprise"]),

T("K11", TEAM, FH, "se/p2", "chat-paste",
  "gitlab native integration not showing on MRs",
  """
sam.ortiz: we followed the gitlab native integration steps (gitlab.com, group level) to get sourcegraph hovers on merge request diffs
sam.ortiz: nothing shows on gitlab.com MR pages for anyone
sam.ortiz: browser console on the MR page: `Refused to load the script 'https://code.fernhollow.example/.assets/extension/scripts/integration.bundle.js' because it violates the following Content Security Policy directive`
sam.ortiz: is native integration even possible on gitlab.com (saas) or only self-managed gitlab?
""", tags=["native-integration", "gitlab", "csp"]),

T("K12", TEAM, "one-off", "se/p2", "non-native",
  "Wish: notification when saved search has new result",
  """
Dear team,

We use saved searches a lot for find deprecated API usage. It would be very useful if user can get e-mail when a saved search has new results, like daily. Now people must open it every day. I know there are code monitors but they only look at new commits and our users find it complicated.

Is this possible in future?

Kind regards,
Rainer Kühn
Federal Office for Cartography, Software Unit
""", tags=["saved-search", "notifications", "feature-request"], org_tags=["self-hosted", "public-sector"]),

T("K13", TEAM, "one-off", "se/p2", "logs",
  "Bitbucket Server plugin: code intel buttons disappeared after Bitbucket upgrade",
  """
We upgraded Bitbucket Data Center from 8.9 to 8.14 on Saturday. Since then the Sourcegraph buttons and hovers on Bitbucket file/PR pages are gone for everyone. Plugin is still listed as enabled in UPM.

Browser console on a Bitbucket file page:
  Uncaught TypeError: Cannot read properties of undefined (reading 'require')
      at sourcegraph-bitbucket.js:1:2841

Bitbucket atlassian-bitbucket.log: nothing relevant.

Sourcegraph self-hosted 5.2.4. Sourcegraph itself works fine.

Ole Brekke, Fjordvik Energy Software
""", tags=["native-integration", "bitbucket-server", "plugin"], org_tags=["self-hosted", "enterprise"]),

T("K14", TEAM, "one-off", "se/p2", "markdown",
  "Code Insights: export series data to CSV",
  """
**Request:** an "Export data" option on code insights (CSV of series values by date), or an API example to pull the same numbers.

**Why:** our architecture board tracks migration progress (Java 8 → 17) in a monthly slide deck. Right now someone screenshots the chart and eyeballs values.

Managed instance, ~90 users. — Elif Yıldız, Staff Engineer, Corvane Software
""", tags=["code-insights", "export", "feature-request"], org_tags=["managed-instance", "enterprise"]),

T("K15", TEAM, "one-off", "se/p3", "mixed",
  "repo:has.file() not filtering as expected",
  """
Hi,

Trying to find all repos that contain a Dockerfile AND reference python 3.8:

  repo:has.file(path:Dockerfile content:python:3.8)

Returns repos where a file called `Dockerfile.dev` matches too, and a few where the match is in a `README`. Am I using the predicate wrong? Should path be a regex anchored with ^ and $?

Thanks,
Bastian Roth
Developer Productivity, Lumenstack GmbH
""", tags=["search-syntax", "predicates", "question"], org_tags=["managed-instance", "enterprise"]),

T("K16", TEAM, PEM, "se/p2", "logs",
  "mean_successful_sentinel_duration_over_2h alert",
  """
[FIRING:1] mean_successful_sentinel_duration_over_2h (frontend warning)
  description: frontend: 5s+ mean successful sentinel search duration over 2h

Started Wednesday and hasn't cleared. Users haven't complained yet, but we'd like to understand what the sentinel queries are and why they'd be slow on Lighthouse. I don't see anything odd in zoekt or searcher dashboards. Any pointers on how to see which sentinel query is slow?

Dana
""", tags=["search", "alert", "sentinel", "latency"]),

T("K17", TEAM, HAL, "se/p1", "email-thread",
  "Tech debt insights still empty",
  """
The tech debt dashboard was supposed to be fixed weeks ago. I looked this morning, still empty for half the series. I have a milestone review with the studio director next Thursday and these charts were the point.

Odile

> From: Mikael Strand
> Odile, support had us restart the worker and clear the stuck jobs; 2 of 4 series filled in. The other two (UE_DEPRECATED and the pragma one) still show "Collecting data". I've replied on the ticket.
""", tags=["code-insights", "queue", "escalation"], recurs="K03"),

T("K18", TEAM, "one-off", "se/p3", "one-liner",
  "Safari extension?",
  "Is there a Safari version of the browser extension? Most of our design team is on Macs.",
  tags=["browser-extension", "safari", "question"], org_tags=["self-hosted", "education"]),

T("K19", TEAM, QS, "se/p2", "email-thread",
  "Batch change stuck in 'processing' for two days",
  """
Our lodash bump batch change (300 repos) has been "Processing workspaces" since Tuesday. This is a managed instance, you run the executors, so I don't see what we could be doing wrong. What is going on?

Priya

> From: Tom Becker
> Priya, the spec is `lodash-4.17.21` under namespace devex. 37/300 workspaces done, the rest "queued". Server-side execution. I can't see executor details from our side.
""", tags=["batch-changes", "server-side", "executors"]),

T("K20", TEAM, TS, "se/p1", "markdown",
  "Changesets still 'Unknown' after credential change",
  """
### Follow-up
Per your suggestion on the earlier ticket we replaced the site-level GitHub App credential with a PAT-based credential for `github.tessellate.example`.

### Result
- New batch change `bump-eslint-config` (12 repos): changesets created, state **Unknown** again.
- Old `rename-logger-pkg` changesets: still Unknown.
- GHES webhook deliveries to `https://tessellate-poc.managed.example/.api/github-webhooks` show **HTTP 404**.

### Ask
Is a webhook needed for changeset state? If so, what's the correct URL/secret? Scoring session moved to Monday — 3 working days.

— Jo
""", tags=["poc", "batch-changes", "changesets", "webhooks"], recurs="K10"),
]
