from common import T

TEAM = "code-search"

TICKETS = [
T("Changesets stuck in 'Processing' after publish", "p2", "log_paste", r"""
Hi,

We ran our first big rollout yesterday (bumping a shared logging lib across ~140 GitLab projects).
Preview looked fine, we hit Publish on all of them, and about 90 are now sitting in "Processing"
for 20+ hours. The other 50 got merge requests created normally.

Here's what I pulled from the worker pod:

    t=2025-11-30T22:41:07Z lvl=warn msg="reconciler: changeset failed" changeset_id=88213 repo=gitlab.corp.example/platform/billing-api err="creating merge request: unexpected response code 409: Another open merge request already exists for this source branch: !412"
    t=2025-11-30T22:41:07Z lvl=info msg="requeueing changeset" changeset_id=88213 attempt=5
    t=2025-11-30T22:41:09Z lvl=warn msg="reconciler: changeset failed" changeset_id=88217 repo=gitlab.corp.example/platform/ledger err="creating merge request: unexpected response code 409: Another open merge request already exists for this source branch: !97"

I think some people had manually opened MRs from the same branch name during testing last week
(branch is `batch/bump-logkit-2.4`). Is there a way to have Sourcegraph adopt the existing MR, or do we
need to close those and retry? Not urgent-urgent, we can wait a day, just don't want 90 zombie entries.

Version 5.5.2439, Kubernetes, Helm.

Thanks
Priya Raman
Developer Productivity, Kestrel Freight
"""),

T("Re: Re: insights graph all zeros", "p2", "email_thread", r"""
Hi Tomás,

Thanks for the quick reply. Yes, I already tried deleting and recreating the chart, same result.
The line sits at 0 for every data point since the upgrade, but if I run the exact same query in the
search bar I get 1,203 results.

Query is:  lang:java count:all "@Deprecated"

Regards,
Hannelore

-----Original Message-----
From: Tomás (Support)
Sent: Friday 28 November 2025 16:12
Subject: Re: insights graph all zeros

Hi Hannelore, could you try recreating the insight and let me know which version you upgraded from?

-----Original Message-----
From: Hannelore Vogt
Sent: Friday 28 November 2025 09:47
Subject: insights graph all zeros

Hello, our "deprecated API usage" dashboard that management looks at every sprint review
shows flat 0 since we went from 5.3.9104 to 5.4.7765 on Wednesday. The history before that
is still there. Nothing else changed on our side. Can you check?

--
Hannelore Vogt | Engineering Enablement | Brightwater Insurance
"""),

T("sourcegraph buttons gone from PR page", "p2", "non_native_english", r"""
Hello team,

since some days the small buttons of sourcegraph on our GitHub Enterprise pull request page are not
more visible. Before we could click "View on Sourcegraph" and also see the definition popup when go
with mouse on a function in the diff. Now is nothing, the page look like there is no sourcegraph at all.

We use Chrome 131 on Windows and the extension is installed from the company software portal,
it says version 25.11.x. The URL of our sourcegraph is in the options and the dot is green.
Github is ghe.lindqvist.example.

Not all colleagues have problem, maybe 30 from 120. We dont find what is different.

Best regards
Jarkko Lindfors
"""),

T("Code monitor never fires", "p2", "web_form", r"""
**Name:** Marcus Oyelaran
**Company:** Tideline Payments
**Sourcegraph version:** 5.6.185
**Deployment type:** Kubernetes (self-hosted)
**Product area:** [please select]
**Describe the problem:**
We set up a monitor that should email the security team whenever someone commits a string matching
`AKIA[0-9A-Z]{16}` to any repo. I tested by pushing a dummy key to a sandbox repo. The commit
shows up in search within a couple of minutes (type:diff query finds it) but no email ever arrived,
and the monitor's "last run" timestamp is 3 days ago.
**Steps to reproduce:**
1. Create monitor with query `type:diff select:commit.diff.added AKIA[0-9A-Z]{16} patterntype:regexp`
2. Push a commit with a fake key
3. Wait
**Expected:** email
**Actual:** nothing, last run stuck
**Screenshots / logs:**
**How many users are affected:** security team (5 people) relies on it
**Business impact:**
"""),

T("context dropdown empty for normal users", "p2", "chat_paste", r"""
[10:02] dmitri.k: hey, quick one. our admins created like 12 search contexts (one per product area)
[10:02] dmitri.k: admins see all of them in the dropdown next to the search box
[10:03] dmitri.k: regular devs only see "global" and their own "@username" one
[10:03] dmitri.k: the contexts are set to public I think?? at least that's what the form showed
[10:05] support-anna: Hi Dmitri! Which version are you on and are the contexts owned by a user or by an org?
[10:06] dmitri.k: 5.5.x. owned by the "platform" org. devs aren't members of that org, only admins are
[10:06] dmitri.k: ohh. is that it? we wanted everybody to use them, not join the org
[10:07] dmitri.k: can we move them to instance-level or something? ~800 devs so we'd rather not add everyone to an org
"""),

T("only files changed recently?", "p3", "one_liner", r"""
how do i search only code that changed in the last 7 days, like new TODOs added this week?
"""),

T("[FIRING:1] hard_timeout_search_responses (frontend) critical", "p1", "alert_payload", r"""
{
  "receiver": "pagerduty-sre",
  "status": "firing",
  "alerts": [
    {
      "status": "firing",
      "labels": {
        "alertname": "hard_timeout_search_responses",
        "level": "critical",
        "service_name": "frontend",
        "name": "hard_timeout_search_responses",
        "owner": "search",
        "instance": "sourcegraph-frontend.sg-prod.svc",
        "env": "prod-eu"
      },
      "annotations": {
        "description": "frontend: 5%+ hard timeout search responses every 5m for 15m0s",
        "summary": "critical: frontend: hard_timeout_search_responses"
      },
      "startsAt": "2025-12-01T07:14:30.112Z",
      "generatorURL": "http://prometheus.sg-prod.internal:9090/graph?g0.expr=..."
    }
  ],
  "externalURL": "http://alertmanager.sg-prod.internal:9093"
}

-- forwarded automatically by OpsBridge integration. Ticket owner: Halvorsen Retail SRE (on-call: +47 ...)
On-call note: started right at 08:14 local when the EU devs log in. Users report "search timed out" on most
queries that go across all repos. Single-repo searches OK.
"""),

T("Cody broke our saved searches??", "p2", "misleading_subject", r"""
Hi there,

After we enabled Cody last week (admin toggled it on site config), the "Saved searches" page now shows
a red box: "Error loading saved searches: Cannot query field "viewerCanAdminister" on type "SavedSearch"".
People can still run the queries by hand but the whole team keeps the links there.

Honestly I'm not sure Cody is the cause, the upgrade to 5.7 happened the same day. But it started then.

Browser console also shows the same GraphQL error. Can you have a look?

Ngozi
Platform team, Sandbar Logistics
"""),

T("who-changed-this-line thing missing", "p3", "one_liner", r"""
The grey annotations at the end of each line showing author + date disappeared from the file view after the update. Where do I turn them back on?
"""),

T("src batch preview fails: spec validation", "p3", "markdown_report", r"""
## Summary
`src batch preview` rejects a spec that worked on 5.2 after we upgraded to 5.6.

## Environment
- Sourcegraph 5.6.2140 (self-hosted, docker-compose)
- src-cli 5.6.0 (also tried 5.4.0, same)
- macOS 14, Docker Desktop

## Spec (trimmed)
```yaml
name: remove-legacy-feature-flags
description: Drop flags retired in Q3
on:
  - repositoriesMatchingQuery: file:flags.yaml "legacy_checkout"
steps:
  - run: python3 /tmp/strip_flags.py
    container: python:3.12-slim
    files:
      /tmp/strip_flags.py: strip_flags.py
changesetTemplate:
  title: Remove retired feature flags
  body: Automated cleanup
  branch: cleanup/legacy-flags
  commit:
    message: remove retired flags
  published: false
```

## Output
```
❌ Batch spec failed validation:
  - steps.0.files: Invalid type. Expected: object, given: string
```

## What I tried
- quoting the path
- moving the file inline with `|`

Not blocking, we can run the script by hand for now. Mostly want to know if the `files` syntax changed.
"""),

T("repo:has.file() returns repos without the file", "p2", "markdown_report", r"""
### Problem
The `repo:has.file(...)` filter gives us repositories that do NOT contain the file.

### Query
`repo:has.file(path:^Jenkinsfile$) context:global count:all select:repo`

### Expected
Only repos with a Jenkinsfile at the root (we are migrating CI and need the exact list).

### Actual
412 repos returned. Spot-checked 20 of them: 7 have no Jenkinsfile anywhere, 3 have it only in
a subfolder (`ci/Jenkinsfile`). Running `file:^Jenkinsfile$` without the predicate gives 288 repos.

### Env
5.5.2463, about 9k repos, Bitbucket Server + GitHub Enterprise.

Our migration tracking spreadsheet is based on this, so a correct number matters, but we can use the
plain file: query as a workaround meanwhile.

-- Ravi S., Build & Release Eng., Corvid Health
"""),

T("FW: Northgate POC — bulk PR creation not working on Bitbucket", "p1", "forwarded_note", r"""
Forwarding from the account channel. — Lena (AE)

> Northgate's eval ends Thursday and their VP wants to see the "update 300 repos with one spec" demo
> live on their own Bitbucket Data Center. Their champion (Oskar) says everything runs, the diffs look
> right in the preview, but when they click Publish every changeset errors with
> "no credential found for code host bitbucket.northgate.example". He added a token in his user
> settings under the batch section (he says). Could somebody from support jump on a call with them
> tomorrow morning CET? This is the deciding feature for them.

Lena Marquart
Account Executive, DACH

---
Internal note (SE on duty): instance is their trial, 5.7.x on docker-compose. Haven't reproduced yet.
"""),

T("Code Insights: Zahlen passen nicht zur Suche", "p3", "non_english", r"""
Hallo zusammen,

wir nutzen die Code Insights, um die Migration von log4j auf unser internes Logging zu verfolgen.
Das Insight (Typ "search based", Query `lang:java "import org.apache.log4j"`) zeigt für den
letzten Datenpunkt 4.812 Treffer. Wenn ich dieselbe Query in der normalen Suche mit `count:all`
ausführe, bekomme ich 5.377.

Ist das ein bekanntes Verhalten (z.B. weil das Insight nur den Default-Branch zählt oder Forks/Archive
ausschließt)? Eilt nicht, wir möchten nur die Zahl im Steering-Meeting richtig erklären können.

Version: 5.6.185, Kubernetes.

Viele Grüße
Jonas Brückner
Plattform-Team, Mainfeld Versicherungen
"""),

T("Slack notifications from monitors + dark mode question", "p2", "mixed_problems", r"""
Hey support,

Two things, the first one matters more:

1) Our code monitors have a Slack webhook action. Test button says "Test message sent" but nothing
   arrives in #sec-alerts. Real matches also don't post. The email action on the same monitor works.
   We rotated the Slack webhook URL two weeks ago, I pasted the new one in and saved. Is the old URL
   cached somewhere?

2) Minor: in dark mode the matched text highlight in search results is almost invisible (yellow on light grey?).
   Just cosmetic.

5.6.2140, k8s.
Cheers, Aoife (AppSec, Fernhill Bank)
"""),

T("firefox keeps asking for permission", "p3", "chat_paste", r"""
<jlee> every time i open a new GitLab tab, the sourcegraph firefox add-on pops the "allow access to gitlab.tooling.example?" thing again
<jlee> i click allow, works, then next day same thing
<jlee> firefox 133 on ubuntu, add-on from the mozilla store
<jlee> not a big deal just annoying. 4-5 people in my team same
"""),

T("can't see more than first page of results", "p2", "one_liner", r"""
Clicking "Show more" at the bottom of search results does nothing anymore, we're stuck at the first batch of files. Chrome + Edge both.
"""),

T("migration dashboards take forever to fill", "p2", "email_thread", r"""
Hi support,

We created 6 new tracking charts last Monday (one per Python-2-to-3 blocker pattern). They still show
"Still processing historical data — 34%" a week later. We have about 22k repositories, most are small.

Is there a knob to make the historical backfill go faster, or to limit it to fewer repos? Our program
manager wanted the burn-down graphs in the Friday review.

Also — is it expected that creating the charts made search feel slower for everyone? A couple of
people complained Tuesday/Wednesday.

Best,
Rosalind Achebe
Staff Engineer, Quillfield Media

On Mon, Dec 1, 2025 at 9:03 AM Rosalind Achebe wrote:
> created the charts, let's see how long it takes
"""),

T("Urgent: bulk close closed the wrong 400 PRs", "p1", "email_thread", r"""
Hi,

This morning one of our engineers selected changesets in the batch change "upgrade-node-18" and used the
bulk action to close them. It closed all ~400 open pull requests across our GitHub Enterprise org,
including about 60 that had already been reviewed and approved and were waiting for a release window.

1. How can we reopen them all from Sourcegraph? The UI only offers re-publishing, which we think would
   create new PRs and lose the review history.
2. Why did the filter ("state: needs review") not apply to "select all"?

The release window is tomorrow at 14:00 UTC, we need the approved ones back before then.

Sourcegraph 5.6.185.

--
Emeka Duru
Release Manager, Harrowgate Systems

> On 1 Dec 2025, Emeka Duru wrote:
> Adding my colleague who ran the action: @Sven please add what you clicked exactly.
>
>> Sven: I filtered to "needs review", ticked the checkbox in the header, then "Close changesets".
"""),

T("Feature request: export search results to CSV", "p2", "web_form", r"""
**Name:** Ilse de Groot
**Company:** Vaartland Energie
**Sourcegraph version:** 5.5
**Deployment type:** self-hosted
**Describe the problem:**
Our compliance team needs a list of every file + line where a certain licence header is missing. They
can find it with search, but there's no way to download the results. Copy-pasting 2000 matches is not
an option. Could there be an "Export" button (CSV or JSON) on the results page?
**Steps to reproduce:** n/a
**Expected:**
**Actual:**
**Workaround:** we tried the GraphQL API but it's hard for non-devs
**Business impact:** annual audit in February
"""),

T("what does 'sentinel stream latency' mean", "p3", "chat_paste", r"""
Pasted from our #observability channel, can someone from Sourcegraph explain?

  Grafana-bot  09:31  ⚠️ WARNING  mean_sentinel_stream_latency_over_2h (frontend)
                       mean streaming search latency for sentinel queries over 2h > 5s
  Kofi A.      09:33  anyone know what sentinel queries are? we don't define any
  Beatriz M.   09:35  no idea, it's one of the built-in sourcegraph alerts. search feels normal to me
  Kofi A.      09:36  opening a ticket with them

So: what are these queries, should we worry, and can we tune the threshold? Nothing seems broken for users.
— Kofi Asante, SRE, Pelican Grid
"""),
]
