from common import T

TEAM = "code-search"
TICKETS = [
T("cs01", "HGM", "logs", "se/p2",
"hard_timeout_search_responses firing on Lantern",
r"""
Hi,

New alert on lantern-prod since the weekend:

  [FIRING] hard_timeout_search_responses  service_name=frontend level=warning
  description: frontend: 2%+ hard timeout search responses every 5m for 15m0s

Grafana frontend dashboard: hard timeouts at 3-5% during 09:00-11:00 UK. Users see "Search timed out" mostly on queries with `repo:hgm-` prefixes and `type:diff` / `type:commit`. Indexed-search pods look healthy this time (no restarts, disk 55%).

Is there something in search settings we should change (default timeout?), or are those diff/commit searches just expensive at our scale?

Dmitri
""", ["alert", "search-timeout", "frontend", "diff-search"]),

T("cs02", "HGM", "chat-paste", "se/p2",
"search timeouts alert again",
r"""
[#lantern-ops]
Kwame Asante 10:12  hard_timeout_search_responses again, 6% this morning
Kwame Asante 10:13  last time support suggested limiting type:diff queries with a default time window, we did that in global settings
Dmitri Volkov 10:15  timeouts are now from code monitors? the "sec-secrets-watch" monitors run every 5 min across all repos
Kwame Asante 10:16  the security team created 40 of them last week
Dmitri Volkov 10:17  ok, ticket. @sourcegraph can monitors be rate-limited or scheduled?
""", ["alert", "search-timeout", "code-monitoring"], recurs="cs01"),

T("cs03", "PRG", "template", "se/p2",
"Browser extension: no SG buttons on GitHub PRs",
r"""
**Summary**
The Sourcegraph browser extension no longer shows code intel / "View on Sourcegraph" on GitHub pull request pages for pellucid-retail repos.

**Impact**
~400 devs use hovers in PR review daily.

**Steps to reproduce**
1. Chrome with extension, Sourcegraph URL set to https://pellucid.sourcegraphcloud.example
2. Open any PR "Files changed" tab in pellucid-retail/storefront

**Expected**
Hover tooltips, "View on SG" button

**Actual**
Nothing. Extension popup says "Connected". Works on file blob pages, not on PR diffs.

**Environment**
Chrome 125, extension from the Chrome web store (auto-updated), GitHub Enterprise Cloud.

Marisol Ortega
""", ["browser-extension", "github", "pull-requests", "chrome"]),

T("cs04", "TWL", "markdown", "se/p2",
"Chrome extension hovers gone on GitHub diffs",
r"""
Hi,

Since ~last week the Sourcegraph Chrome extension doesn't show hovers on GitHub PR diffs for us either (our CE mentioned another customer reported the same).

- Blob view on GitHub: works
- PR "Files changed": no hovers, no buttons
- Firefox: same
- Extension pointed to our managed instance

Probably GitHub changed their diff markup? Any ETA?

Femi
""", ["browser-extension", "github", "pull-requests"], recurs="cs03"),

T("cs05", "BMS", "template", "se/p2",
"[BUG] Batch change publish fails: credentials invalid for our GitLab",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) High
Component: Batch Changes
Reporter: Sanjay Pillai

Steps to reproduce:
1. User settings > Batch Changes > Add token for gitlab.brightmarket.internal (personal access token, scopes api, read_repository, write_repository)
2. Run batch change "basket-bump-node-20" over 34 repos
3. Publish changesets

Expected:
Merge requests created.

Actual:
All 34 changesets: "Publishing failed: credential is not authorized: 401 Unauthorized". Token works with curl against the GitLab API and with git push from my laptop.

Logs: (attach logs here)

Additional context:
The code host connection itself (group access token) syncs fine. Only the batch changes credential fails.
""", ["batch-changes", "credentials", "gitlab", "publishing"]),

T("cs06", "BMS", "template", "se/p2",
"[BUG] Batch Changes token rejected for me too",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) Medium
Component: Batch Changes
Reporter: Olu Bankole (Checkout squad)

Steps to reproduce:
1. Added my own GitLab token in Batch Changes settings (Sanjay's ticket said to re-add it, we did)
2. Tried to publish "checkout-remove-legacy-coupon" (6 repos)

Expected:
MRs open

Actual:
"credential is not authorized" on all 6. The token has api scope and never expires.

Logs: (attach logs here)

Additional context:
Our GitLab group now requires tokens to be created from a service account? Not sure if that's related.
""", ["batch-changes", "credentials", "gitlab"], recurs="cs05"),

T("cs07", "one-off", "non-native", "se/p3",
"Search context for only some repositories",
r"""
Hello,

I would like to create a search context that contains only repositories of our risk team (about 90 repos, names start with risk-). Can I use a regex in the context, or I must list all repos one by one? And can users select it as default?

Thank you
Giorgos Papadakis, Aegean Ledger Bank
""", ["search-contexts", "question"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("cs08", "NSB", "email-thread", "se/p2",
"Code monitor Slack action not firing",
r"""
Hello,

Our security team created a code monitor in Fyren that should post to Slack when somebody commits a string matching a private-key header. The monitor shows triggered events in the UI ("3 results" last Tuesday), but nothing was posted to the Slack channel. The "Send test message" button works.

Could you help us understand why real triggers don't send?

Best regards
Annika Berg
IT Security Officer, Norrsken Bank

> Lars Ekdahl wrote:
> Annika, worker logs at that time show: "code monitor action failed: webhook URL not allowed by outbound request allowlist". But the test message goes through the same URL?
""", ["code-monitoring", "slack", "webhook"]),

T("cs09", "MPS", "chat-paste", "se/p2",
"Code insights stuck computing",
r"""
Wei Zhang [14:10]
our code insights dashboard "Go version migration" has been "Insight is being computed" for 3 weeks
Wei Zhang [14:11]
4 series, each a search query like `lang:go file:go.mod go 1.21`, across all repos (~9k)
Wei Zhang [14:12]
newer insight created yesterday with repo scope of 20 repos finished in 10 min
Wei Zhang [14:13]
the big one is what the VP wants for the quarterly review
""", ["code-insights", "backfill"]),

T("cs10", "MPS", "email-thread", "se/p2",
"RE: Code insights still stuck",
r"""
Hi,

You closed the insights ticket after the backfill restart, and the Go migration insight did finish. But a new insight we created on Monday ("Java 17 adoption", all repos) is stuck at "being computed" again, same as before. Should we expect this every time we create an all-repos insight?

Inês Carvalho
Developer Experience, Meridian Parcel Systems

> From: Support
> The backfill for your insight has been restarted and should complete within a few days.
""", ["code-insights", "backfill"], recurs="cs09"),

T("cs11", "CBF", "non-native", "se/p2",
"Sourcegraph button in GitLab disappear after GitLab upgrade",
r"""
Hello team,

Before, in our GitLab (gitlab.cobaltline.internal) when we open a file there was a button "View in Sourcegraph" and hover with definitions, from the native integration. After our GitLab upgrade last weekend (to 16.11) the button and hovers are gone for everybody. In the portal the site admin show GitLab integration enabled.

In browser console on GitLab page I see:
  Refused to load the script 'https://portal-code.cobaltline.internal/.assets/extension/scripts/integration.bundle.js' because it violates the Content Security Policy directive

How we fix this? Developers use it a lot in merge request review.

Tomasz
""", ["native-integration", "gitlab", "csp"]),

T("cs12", "one-off", "one-liner", "se/p3",
"can saved searches email me?",
"", ["saved-searches", "question"], org_tags=["self-hosted", "enterprise"]),

T("cs13", "FST", "non-native", "se/p1",
"POC: batch changes preview 'no repositories matched' for Azure DevOps",
r"""
Hello,

For the POC we want show Batch Changes to our architects on Wednesday. I made a spec:

  on:
    - repositoriesMatchingQuery: repo:loan- file:Directory.Packages.props
  steps:
    - run: ./bump-nuget.sh
      container: mcr.example/dotnet/sdk:8.0

`src batch preview -f bump.yaml` give:
  ✅ Resolved 0 repositories
  error: no repositories matched

But the same query in the POC search UI return 12 repos (all Azure DevOps Server). With a GitHub repo it works. Are Azure DevOps repos supported for batch changes?

Carla
""", ["batch-changes", "azure-devops", "poc", "src-cli"]),

T("cs14", "one-off", "email-thread", "se/p2",
"Feature request: export search results to CSV",
r"""
Hello,

Our audit team uses Sourcegraph to find usages of deprecated crypto APIs and needs the results (repo, file, line) in a spreadsheet for the remediation tracker. Today they copy them by hand. Could an export option be added to the results page?

Regards,
Harriet Osei
Engineering Governance, Pemberton Private Bank

> Support: thanks Harriet, is the src CLI an option for them?
No, they are not developers and don't have CLI tooling.
""", ["search-results", "export", "feature-request"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("cs15", "PRG", "template", "se/p2",
"repo:has.meta() predicate returns error on SG",
r"""
**Summary**
Search predicate `repo:has.meta(team:checkout)` returns an error.

**Impact**
We're rolling out repo metadata (team ownership) and the checkout team's saved searches depend on it.

**Steps to reproduce**
1. Add metadata `team: checkout` to 12 repos (done via the repo settings page)
2. Search `repo:has.meta(team:checkout) TODO`

**Expected**
Results from the 12 repos

**Actual**
"Error: invalid predicate has.meta: unknown predicate". `repo:has.key(team)` works.

**Environment**
Managed instance, 5.4.x

Marisol Ortega
""", ["search-predicates", "repo-metadata", "search-syntax"]),

T("cs16", "one-off", "logs", "se/p2",
"90th_percentile_search_request_duration warning",
r"""
Hi,

  [FIRING] 90th_percentile_search_request_duration service_name=frontend level=warning
  description: frontend: 15s+ 90th percentile successful search request duration over 5m

Started after we enabled "search.defaultMode": "smart" in global settings on Monday. Reverting? Kubernetes, Helm, 5.3.x, ~6k repos.

Dario Conti, Ponte Logistica
""", ["alert", "search-latency", "frontend"], org_tags=["self-hosted", "kubernetes", "enterprise", "logistics"]),

T("cs17", "one-off", "logs", "se/p3",
"mean_successful_sentinel_duration_over_2h alert",
r"""
Hello,

We have the sentinel alert on our instance for some days:

  [FIRING] mean_successful_sentinel_duration_over_2h  service_name=frontend  level=warning
  description: frontend: 5s+ mean successful sentinel search duration over 2h

What are sentinel searches exactly, and why only these queries are slow when normal user searches feel OK? Version 5.3.x on Helm.

Mikael Sundqvist, Infrastructure, Vasa Sparbank
""", ["alert", "sentinel", "search-latency"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("cs18", "one-off", "email-thread", "se/p2",
"Feature request: Code Insights by code owner",
r"""
Hi,

We'd love for Code Insights to break a series down by code owner / team, so that each engineering manager sees how many usages of the deprecated logging library their team still has. Today we create one insight per team manually, about 25 of them.

Thanks,
Lucia Ferreira
Staff Engineer, Marisco Distribution

> Our CE asked me to send this to support as a formal request.
""", ["code-insights", "code-ownership", "feature-request"], org_tags=["managed-instance", "enterprise", "logistics"]),

T("cs19", "one-off", "markdown", "se/p3",
"Search only changes from the last week?",
r"""
Quick syntax question:

How do I search for a string only in **changes made in the last 7 days**, e.g. find every new `System.exit(` added last week across all repos?

I tried `type:diff after:"1 week ago" System.exit(` but not sure if that's all repos or just a subset.

- Viktor Hale, Redwater Markets
""", ["search-syntax", "diff-search", "question"], org_tags=["self-hosted", "enterprise", "finance"]),

T("cs20", "QHC", "logs", "se/p2",
"Batch change publish to GHES: credential missing scopes",
r"""
Hello,

We configured a global service account credential for Batch Changes on Atlas (site admin > Batch Changes > Code host tokens) for ghes.quayhaven.internal. Publishing "bump-log4j-config" gives for every changeset:

  Publishing failed: creating changeset: GitHub API error: 403 Resource not accessible by integration (credential "svc-atlas-batches")

The token is a GitHub App installation? No, it is a classic PAT with repo + workflow. The same token used by code host connection for sync works fine. Maybe Batch Changes need also read:org?

Hélène Marchand
""", ["batch-changes", "credentials", "github-enterprise"]),
]
