from common import T

TEAM = "code-search"

TICKETS = [
T("code monitor never notifies",
r"""
I set up a monitor on `type:diff select:commit.diff.added AWS_SECRET_ACCESS_KEY` with a Slack webhook action. "Send test message" works and arrives in Slack. But when someone actually commits a matching line (we tested with a fake key on a branch that's indexed), nothing arrives. The monitor's run log shows "Completed, 0 results" every 5 minutes.

This monitor is the control we listed for our SOC 2 audit (leaked credential detection) and the auditors check it on the 12th.
""",
"se/p1", "plain", tags=[], org_tags=["self_hosted"]),

T("Saved search notifications gone after upgrade",
r"""
**Sourcegraph version:** 5.3.1 (was 5.1.x)
**Platform information:** docker-compose

**Describe the bug**
<!-- what happened -->
Our team relied on saved searches with email notifications for new TODO(security) comments. After the upgrade, the saved searches are still listed but the "notify" checkbox is gone and nobody has received an email since.

**Expected behavior**
notifications keep working, or a migration path

**Additional context**
Is the answer "use code monitors now"? If so, can existing saved searches be converted?
""",
"se/p2", "template", tags=[], org_tags=["self_hosted"]),

T("createSearchContext fails above 1,000 repos - use a query-based context instead?",
r"""
question
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("Chrome extension: no buttons on our GitHub Enterprise",
r"""
Hi, the Sourcegraph Chrome extension doesn't show the "View on Sourcegraph" button or hover tooltips on our GitHub Enterprise pages (github.hollis.example) anymore. On github.com it works. Sourcegraph URL is set in the extension options to https://sourcegraph.hollis.example and the icon is green. Started maybe 2 weeks ago, possibly after GHE was upgraded to 3.12. Around 200 devs use it daily, they can still open Sourcegraph directly - but honestly the in-GitHub experience is the main reason they use it at all, and our renewal is next month. If it doesn't work by then it's a hard sell internally.
""",
"se/p1", "plain", tags=[], org_tags=["self_hosted"]),

T("firefox addon ignores sourcegraph url",
r"""
firefox 125, addon installed from AMO. I set our url in options, after restart it's back to https://sourcegraph.com. privacy.resistFingerprinting is on if that matters. minor.
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("Safari",
r"""
Bonjour, is the browser extension available for Safari on macOS? I only find Chrome and Firefox. Merci.
""",
"se/p3", "non-native", tags=[], org_tags=[]),

T("GitLab native integration - no tooltips on merge requests",
r"""
We enabled the Sourcegraph integration in our GitLab self-managed admin settings (Admin > Settings > General > Sourcegraph), pointing at our instance. On file view in GitLab the "View on Sourcegraph" link works, but on merge request diffs there are no hover tooltips / go-to-definition at all. Repos are synced and precise code intel works inside Sourcegraph itself. Browser console on the MR page:

  Refused to connect to 'https://sg.norrland.internal/.api/graphql' because it violates the following Content Security Policy directive: "connect-src 'self' ..."
""",
"se/p2", "mixed", tags=[], org_tags=["self_hosted"]),

T("Bitbucket Server plugin for native integration",
r"""
Hallo, we installed the Sourcegraph Bitbucket Server plugin (for the code intel in Bitbucket UI). The plugin shows "enabled" but in pull requests there are no Sourcegraph buttons. Also webhooks page of plugin is empty. Bitbucket DC 8.9. Was working with the old version of plugin. Clone/sync of repos in Sourcegraph is fine, it's only in Bitbucket pages.
""",
"se/p2", "non-native", tags=[], org_tags=["on_prem"]),

T("Batch change: 'no credential' when publishing changesets",
r"""
[#platform-migrations]
luis.g  3:02 PM  trying to publish the "bump-log4j" batch change, every changeset fails
luis.g  3:02 PM  "No credential found that can publish to github.tarrow.example. Add a personal access token in your user settings."
nora.k  3:04 PM  did you add a token under Batch Changes > Code host tokens?
luis.g  3:05 PM  yes, classic PAT with repo scope, and the site admin also added a global one
luis.g  3:06 PM  the GitHub connection in site admin has a token too and syncing works fine
nora.k  3:07 PM  maybe the URL has a trailing slash mismatch? ours in the connection is https://github.tarrow.example/
luis.g  3:08 PM  filing a ticket
nora.k  3:09 PM  mention we're still in the trial - this is the feature we're evaluating
""",
"se/p1", "chat-paste", tags=["trial"], org_tags=["self_hosted", "prospect"]),

T("src batch preview fails: docker image not found",
r"""
$ src batch preview -f upgrade-node.batch.yaml
✅ Parsing batch spec
✅ Resolving namespace
✅ Preparing container images
❌ Executing... (0/143 workspaces)
   error: running step 1: docker: Error response from daemon: pull access denied for node-tools, repository does not exist or may require 'docker login'

steps:
  - run: npx npm-check-updates -u && npm install
    container: node-tools:18

The image is in our private registry (registry.corp.example/node-tools:18). docker pull works with the full name on my laptop. Do I need the full registry path in the spec?
""",
"se/p2", "logs", tags=[], org_tags=[]),

T("Close 400 changesets before POC demo",
r"""
Hi,
during our POC we created a batch change that opened ~400 PRs with a mistake in the commit message. We need to close all of them and re-run with the fix. The UI only lets me select one page (50) at a time for "Close" and it times out after ~200. Is there a bulk close for all changesets, or an API call? We demo batch changes to the platform council on Friday and this is the feature we're buying for.

Thanks,
Mariam
""",
"se/p1", "plain", tags=["poc"], org_tags=["poc"]),

T("insights stuck at 'processing' + queue alert",
r"""
Our code insights dashboards show "Insight is being processed" for 10 days on 6 new insights. Older insights still display data. Monitoring shows:

  warning worker: insights queue unutilized size

self-hosted 5.2.4, k8s. Anything we can restart?
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("Tech debt tracking numbers wrong - needed for renewal business case",
r"""
Hi all - looping support in, see the thread below. TL;DR at the bottom.

From: Magnus Ferreira
Sent: Thursday 16:40
To: Leah Tan; Sourcegraph Support
Cc: Procurement-Tools

Leah, thanks for pulling this together. Support folks: context is that we're preparing the business case for the renewal (decision in 3 weeks) and one slide is "deprecated HTTP client usage trending down since we adopted Sourcegraph".

> From: Leah Tan
> Sent: Thursday 11:02
>
> Magnus, the chart looks wrong. I created a search-based insight last week:
>   series: `OldHttpClient lang:java` across all repos (~1,100)
>   period: monthly, 12 months back
> The backfilled history shows a flat 0 for every month before February, then jumps to ~4,000 matches and stays around there.
> But I know usage was *higher* last year - we ran the migration sprint in Q4 and removed ~2,500 call sites.
> Screenshot: https://screens.example/insights-flat.png
>
> > From: Magnus Ferreira
> > Sent: Wednesday
> > Can you make a chart for the renewal deck showing how the old client usage went down over the past year? Insights should do it.
> >
> > > From: Procurement-Tools
> > > Reminder: all tool renewals above 100k need a usage/value justification by the 28th.

Could it be that the historical backfill only looked at repos that existed at the time (we moved a lot of repos into a new GitLab group in January)? How do we recompute it correctly? We need a trustworthy chart before the 28th.

Thanks,
Magnus Ferreira
Director, Platform Engineering | Ostwind Mobility
--
This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.
""",
"se/p1", "email-thread", tags=["renewal"], org_tags=["enterprise"]),

T("repo:has.file() predicate returns nothing",
r"""
Hi,
`repo:has.file(path:package\.json content:"react-scripts")` returns 0 repos, but I know at least 30 repos have that. `repo:has.file(package.json)` without content works. Am I using the predicate wrong or is it broken? v5.2.6.
""",
"se/p2", "plain", tags=[], org_tags=[]),

T("git blame extension - show author inline?",
r"""
## Blame display

Hey folks,

- **Before:** the git-extras extension showed inline blame at the end of every line
- **Now:** only a blame toggle that opens a column on the left

1. Can I get the inline style back?
2. Is the Codecov extension still a thing?

Curious, not blocking.
""",
"se/p3", "markdown", tags=[], org_tags=[]),

T("hard timeout search responses alert firing",
r"""
Grafana on our self-hosted box:

  critical frontend: hard timeout search responses  (5.2% > 2%)
  warning frontend: partial timeout search responses

Users say searching is slower, but results still come back if they retry. We haven't added repos. Which team owns this alert and what should we check first?
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("p99 search request duration alert",
r"""
warning_frontend_99th_percentile_search_request_duration

firing on and off since we upgraded. that's all I have, monitoring guy is on vacation
""",
"se/p2", "one-liner", tags=[], org_tags=["self_hosted"]),

T("Batch change pushed to default branch!!",
r"""
URGENT

A batch change just pushed its commits DIRECTLY to main on ~60 repositories instead of opening PRs. The spec had `branch: main` in changesetTemplate - one of our devs thought that meant the base branch. Our branch protection didn't stop it because the token belongs to an admin service account.

Production deployments trigger from main. We've paused the deploy pipelines. Is there any way to get the list of commits the batch change pushed so we can revert, and how do we prevent publishing to protected branches in future?
""",
"se/p0", "plain", tags=["urgent"], org_tags=["self_hosted", "enterprise"]),

T("monitor de código dispara duplicado",
r"""
Olá, temos um code monitor com ação de email. Cada commit que bate na query gera 2 ou 3 emails iguais, com diferença de 5 minutos. Não é grave, só incomoda a equipe. Tem alguma configuração para evitar? Obrigado, Paulo
""",
"se/p3", "non-native", tags=[], org_tags=[]),

T("where did the filters sidebar go",
r"""
[Teams, #dev-productivity]
Jana: after the update the left filters panel on the search results page is gone?? I used it to click on language / repo filters
Paul: it's now on the right and collapsed by default, I think
Jana: can an admin make it expanded by default for everyone?
---
Question for you: is there a setting for the default state of that panel? Cosmetic, no rush.
""",
"se/p3", "chat-paste", tags=[], org_tags=["managed_instance"]),
]
