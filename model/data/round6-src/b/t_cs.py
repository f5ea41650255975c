from common import make

T = make("code-search")

TICKETS = [
T(1, "batch change published PRs containing a secret", r"""
One of our engineers ran a batch change to bump a base image across 212 repos. The batch spec had a step env var `REGISTRY_TOKEN: ${{ outputs.token }}` and the changeset *description* template printed the env block. All 212 pull requests were published on github.com — 38 of those repos are PUBLIC — and the token is visible in the PR body.

We've revoked the token. We need to close/edit all 212 changesets right now and understand why the template rendered the env at all. Batch change: https://sg.harbor-tech.example/users/mnakamura/batch-changes/bump-base-image
""", "se/p0", "plain", ["security", "urgent"], ["self_hosted"]),

T(2, "batch change is closing all our open PRs!!!", r"""
HELP. A batch change someone created last month (`cleanup-stale-branches`) started closing every open PR in our GitHub org about 20 minutes ago — not just its own changesets. 600+ PRs closed so far, including ones people were about to merge. We deleted the batch change in the UI but PRs keep getting closed.

[12:41:07] changeset_reconciler: closing changeset id=88121 external_id=4471 repo=github.com/lumen-sw/checkout
[12:41:07] changeset_reconciler: closing changeset id=88122 external_id=3303 repo=github.com/lumen-sw/search-ui
[12:41:08] changeset_reconciler: closing changeset id=88123 external_id=918 repo=github.com/lumen-sw/infra

How do we stop it NOW?
""", "se/p0", "logs", ["urgent"], ["enterprise"]),

T(3, "src batch preview broken for everyone after upgrade", r"""
After upgrading the instance to 5.4 every `src batch preview` fails, for all of our batch change users:

$ src batch preview -f bump-node.batch.yaml
✅ Parsing batch spec
❌ Error: validating batch spec: unknown field "changesetTemplate.fork" at line 14

The same spec worked on Friday. src-cli 5.3.0 on laptops. Tried 5.4.0 src-cli — different error: `server does not support batch spec version 2`. We have 3 migrations mid-flight with a deadline at end of sprint.
""", "se/p1", "logs", [], ["self_hosted"]),

T(4, "search page super slow - alert 99th percentile search request duration", r"""
Our on-call got:

  critical_frontend_99th_percentile_search_request_duration
  frontend: 20s+ 99th percentile successful search request duration over 5m

and users agree — most searches from the UI take 20-40s today, no workaround. Zoekt and searcher dashboards look boring (low CPU). Site admin says 5.3.2, k8s.
""", "se/p1", "logs", [], ["self_hosted"]),

T(5, "All Code Insights show zero - exec review tomorrow", r"""
Hi,

since the upgrade on Sunday every Code Insight on our "Platform migration" dashboard shows 0 for the last data points (the lines drop off a cliff). Older points are still there. We're presenting the migration progress to our CTO tomorrow at 10:00 from that dashboard.

Insight example: "Deprecated logger imports" — search-based, `lang:go "github.com/ourco/oldlog"`, 40 repos. Running the same search manually gives 1,212 results.

Thanks,
Greta
""", "se/p1", "email-thread", [], ["enterprise"]),

T(6, "code monitors stopped firing", r"""
**Sourcegraph version:** 5.3.6
**Platform information:** docker-compose

**Steps to reproduce:**
1. Have a code monitor on `type:diff select:commit.diff.added AKIA[0-9A-Z]{16}` (AWS key detection)
2. Push a commit matching it to a test repo

**Expected behavior:** email + Slack webhook within minutes (worked for a year)
**Actual behavior:** nothing. Monitor's "last run" is 9 days ago, for all 31 of our monitors.

Security relies on these for leaked-credential detection, so we're blind right now.
""", "se/p1", "template", [], ["self_hosted"]),

T(7, "can't create PRs on Bitbucket Cloud from batch changes (POC)", r"""
we're evaluating batch changes for a POC. applying a batch change to 15 repos on bitbucket cloud: every changeset fails with

  "creating changeset: Bitbucket Cloud: 403: Your credentials lack one or more required privilege scopes"

added a batch changes credential for my user with an app password (repo read+write, pull request write). code host connection works fine for cloning. demo to our VP is next tuesday
""", "se/p1", "plain", ["poc"], ["poc", "prospect"]),

T(8, "the little extension button in our gitlab is gone", r"""
Hi! There used to be a little Sourcegraph button on our GitLab file pages ("View on Sourcegraph" and those hover popups on function names). Since last week it's not there anymore for me and two others on my team. Others still have it. We didn't change anything I think? I use Chrome.
""", "se/p2", "plain", [], []),

T(9, "Phabricator integration not loading", r"""
Phabricator diff pages used to show Sourcegraph hovers via the native integration (the loader script in our Phabricator config). Now the browser console shows:

  Refused to load the script 'https://sourcegraph.kite.example/.assets/extension/scripts/phabricator.bundle.js' because it violates the following Content Security Policy directive: "script-src 'self'"

Our Phabricator admins tightened CSP last sprint. What do we need to allow? People can still open the code in Sourcegraph directly.
""", "se/p2", "logs", [], ["on_prem"]),

T(10, "Feature request: share saved searches with a team", r"""
Saved searches can be owned by a user or an org, but our orgs are huge. We'd like to share a saved search with a smaller group (e.g. the 12 people on the payments team) and have it show up in their list, without making it visible to all 2,000 people in the org.
""", "se/p2", "markdown", ["feature_request"], ["enterprise"]),

T(11, "insight with capture group counts wrong", r"""
Insight type: detect & track patterns
Query: `lang:python ^from (django|flask|fastapi) import` (regexp)
Series per capture group.

The "fastapi" series shows 4 but there are clearly 60+ files importing fastapi (manual search returns them). django and flask series look right. Tried deleting and re-creating the insight, same result.
""", "se/p2", "config", [], []),

T(12, "re: changeset stuck retrying", r"""
> Can you send the changeset ID and the reconciler log lines?

Sure. Changeset 5573 on repo `git.ridge.example/svc/notifications`, state "Retrying" for 4 days:

  reconciler: pushing changeset branch: git push: ! [remote rejected] batch/bump-go-1.22 -> batch/bump-go-1.22 (pre-receive hook declined)

The other 89 changesets in the batch change are merged. I can push the branch manually as a workaround but I'd rather know if the pre-receive hook is something we configure on our side for batch changes.
""", "se/p2", "email-thread", [], []),

T(13, "error saving search context", r"""
editing some search contexts gives an error toast "Internal server error" on save. new contexts and most existing ones save fine. the broken ones all have more than ~500 repos in them. i can make a new one with a query-based definition instead but then i need to update links everyone bookmarked
""", "se/p2", "plain", [], []),

T(14, "Firefox add-on doesn't work on private GitHub repos", r"""
Bonjour,
with the Firefox extension, on public repos on github.com I see the Sourcegraph buttons and hover tooltip. On our private repos (company org) nothing appears. In Chrome with same settings everything work. I have set the Sourcegraph URL to our instance in the extension options. Do I need some permission in Firefox? Merci.
""", "se/p2", "non-native", [], []),

T(15, "insights queue alert", r"""
warning worker: insights queue unutilized size

showed up after we created ~40 new insights. dashboards are filling in slowly. anything to do or just wait?
""", "se/p2", "logs", [], []),

T(16, "batch spec: only run on repos that have a Dockerfile at root?", r"""
no rush
""", "se/p3", "one-liner", [], []),

T(17, "tracking tech debt per team over time", r"""
[09:30] em-lucia: can the insights thing give me a chart per team of TODO/FIXME counts month over month?
[09:31] em-lucia: we have CODEOWNERS if that helps split by team
[09:33] dev-ravi: no idea, i've only seen the global charts
[09:33] em-lucia: ok asking support
""", "se/p3", "chat-paste", [], []),

T(18, "roll out browser extension to all employees", r"""
## Context
~3,000 managed laptops, Chrome, managed via Google Admin (some via GPO on Windows).

## Question
- Can we force-install the Sourcegraph extension and **pre-set our instance URL** (`https://sourcegraph.umber.example`) so nobody configures it by hand?
- Is there a documented managed-policy key for the URL?

No deadline.
""", "se/p3", "markdown", [], ["enterprise"]),

T(19, "git blame extension?", r"""
""", "se/p3", "one-liner", [], []),

T(20, "Contact form: saved searches vs code monitors", r"""
----- Contact form -----
Name: Idris Haddad
Company: Palisade Analytics
Topic: Product question
Message: What's the difference between a saved search with notifications and a code monitor? We want to be notified when someone adds a new dependency on log4j.
-----
""", "se/p3", "template", [], []),
]
