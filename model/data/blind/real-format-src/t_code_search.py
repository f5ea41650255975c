TEAM = "code-search"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p2", "Context not showing in dropdown for normal users",
"""Sourcegraph version: 5.5.2463
Platform information: k8s, helm

Steps to reproduce:
1. As site admin, create a context `ctx:payments-team` with a query `repo:^gitlab\\.kestrel\\.internal/payments/ fork:no`
2. Mark it public
3. Log in as a normal user, open the context dropdown next to the search box

Expected behavior:
payments-team appears in the list

Actual behavior:
Only "global" and the user's own contexts show. If the user types `context:payments-team` by hand it works fine. Site admins see it in the list.

Additional context
We have 14 of these for different teams, people keep asking where they went.""",
[], ["self-hosted"])

t("template", "se/p1", "Batch change publish fails for every changeset",
"""Sourcegraph version: 6.0.1
Platform information: docker-compose on a big VM

Steps to reproduce:
1. Create batch change "bump-log4j-2.24" targeting 612 repos
2. Preview looks right, apply
3. Click Publish on all

Expected behavior:
Pull requests get opened on GitHub Enterprise

Actual behavior:
Every changeset goes to FAILED with
"error creating pull request: unexpected response status 422 Unprocessable Entity: A pull request already exists for ..."
No PR exists on those repos - we checked a dozen. Retrying gives the same.

Additional context
This is the security remediation our CISO wants done by Friday; there's no realistic way to open 600 PRs by hand. Worked for a smaller batch change (8 repos) two weeks ago.""",
["bug"], ["self-hosted"])

t("template", "se/p3", "exclude forks/archived by default",
"""Sourcegraph version: 5.3
Platform information: <!-- e.g. Kubernetes, docker-compose, managed instance -->

Steps to reproduce:
<!-- Minimal steps to reproduce the behavior -->

Expected behavior:
Is there a way for results to leave out archived repos unless people ask for them? Half our hits are in archived stuff.

Actual behavior:
<!-- What happened instead? -->

Additional context
just a question""",
["question"], [])

# ---------------- logs ----------------
t("logs", "se/p2", "src batch preview fails on workspace resolution",
"""Running locally with src-cli 6.0.2:

$ src batch preview -f upgrade-node20.batch.yaml
✅ Parsing batch spec
✅ Resolving namespace
❌ Resolving repositories
   error: resolving workspaces: 1 error occurred:
	* repository "github.example-corp.net/web/storefront": workspace config:
	  in "workspaces[0]": rootAtLocationOf "package.json" returned 0 results within timeout
💡 Hint: set `--skip-errors` to continue

With --skip-errors it silently drops 40 of 73 repos. The repos definitely have package.json at root. Spec below:

on:
  - repositoriesMatchingQuery: file:^package\\.json$ "engines" repo:^github\\.example-corp\\.net/web/
workspaces:
  - rootAtLocationOf: package.json
    in: github.example-corp.net/web/*""",
[], [])

t("logs", "se/p1", "Frontend search duration alerts + users complaining",
"""Two criticals since the weekend and devs say results page hangs before showing anything:

[FIRING:1] critical_frontend_99th_percentile_search_request_duration
  summary: frontend: 21.4s+ 99th percentile successful search request duration over 5m
  instance: sourcegraph-frontend
[FIRING:1] warning_frontend_hard_timeout_search_responses
  summary: frontend: 4%+ hard timeout search responses every 5m

Grafana "Frontend > Search at a glance" panels attached. Zoekt and searcher dashboards look normal to me (CPU <40%). Self-hosted, 5.4.7, ~1,800 users. It's bad enough that people are going back to grep.""",
["alert"], ["self-hosted"])

t("logs", "se/p2", "Extension buttons missing on GitHub Enterprise PRs",
"""Our devs use the Chrome extension with GHE. Since last week the "View on Sourcegraph" button and the hover tooltips are gone on PR diff pages. Console shows:

Access to fetch at 'https://sourcegraph.umbra.studio/.api/graphql?ResolveRev' from origin 'https://github.umbra.studio' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.
[Sourcegraph] Error: Failed to fetch
    at n (background.bundle.js:2:48812)

corsOrigin in site config already has https://github.umbra.studio. Firefox users same. Extension version 25.1.3.""",
[], [])

# ---------------- one-liner ----------------
t("one-liner", "se/p2", "chrome extension not showing buttons on gitlab", "", [], [])

t("one-liner", "se/p3", "saved search notifications?", "do they still exist", [], [])

t("one-liner", "se/p1", "insights stuck at 0%", "all our dashboards, since upgrade", [], [])

# ---------------- email-thread ----------------
t("email-thread", "se/p2", "RE: Numbers for the QBR",
"""Hi Sourcegraph support,

Forwarding this since our CSM is out. Short version: the tech-debt chart we show leadership every quarter looks wrong.

Best,
Nadia

-----Original Message-----
From: Gustavo Leal
Sent: Wednesday, February 26, 2025 4:47 PM
To: Nadia Okafor
Subject: RE: Numbers for the QBR

Nadia - the "Deprecated API calls" chart on the Platform Health dashboard drops from ~3,100 to 0 on Feb 1 and stays at 0. Nobody removed 3,000 calls in a week :) The query is just `lang:java LegacyClient\\.` across all repos. If I run the same query in normal search today I get 2,870 results.

Also the usage numbers Ravi wanted (how many people use search weekly) - I'll grab those separately from the admin page, don't worry about that part.

> From: Nadia Okafor
> Sent: Wednesday, February 26, 2025 9:12 AM
> Can you sanity-check the charts before I put them in the deck? QBR is on the 12th.

Gustavo Leal | Staff Engineer | Brambleton Pharma
Please consider the environment before printing this email.""",
["email"], ["self-hosted"])

t("email-thread", "se/p0", "Re: [URGENT] PRs closed across the whole org",
"""All,

This is now a company-wide incident on our side. Please call me: +44 20 7946 0418.

Sven

On Mon, 19 May 2025 at 16:02, Sven Aaltonen wrote:
> Support,
> Following up on my message from 14:30. To recap what happened:
> - one of our platform engineers deleted an old batch change ("rename-default-branch") that had been sitting there since 2024
> - within ~10 minutes, about 1,400 open pull requests across ~900 repos were CLOSED on our GitHub, including PRs that had nothing to do with that change and had weeks of review on them
> - authors are furious, some have lost track of what was in flight
>
> We have paused the instance's GitHub token for now. We need to know (1) why deleting it touched these PRs, (2) whether anything else was changed/pushed, (3) how to reopen them in bulk.
>
> On Mon, 19 May 2025 at 14:30, Sven Aaltonen wrote:
> > Hi, we have a serious problem, details to follow.

Sven Aaltonen
Director, Engineering Enablement, Valemont Airlines""",
["escalated"], ["self-hosted"])

t("email-thread", "se/p2", "Re: Code monitor to Teams?",
"""Hi,

Quick one below from our SRE team.

Thanks!
Ola

> On Fri, 7 Mar 2025, Lukas Meier <lukas.meier@ferrous-steel.example> wrote:
> Ola, the "watch for new usages of deprecated crypto" thing we set up in Sourcegraph only sends emails or Slack. We are a Microsoft Teams shop. Is there a Teams action, or can the generic webhook be made to post the format Teams wants? The raw webhook payload just gets rejected by the Teams incoming webhook (400 "Summary or Text is required").
>
> > On Thu, 6 Mar 2025, Ola Nilsen wrote:
> > Set it up, works for me via email!

Would be great to see Teams support added if it doesn't exist.

Ola Nilsen
Developer Experience, Ferrous Steelworks AB""",
["feature_request"], [])

# ---------------- non-native ----------------
t("non-native", "se/p2", "structural search return nothing for java",
"""Hello, I try use structural search for find all `try { ... } catch (Exception e) { }` empty catch in our Java code. It return 0 result, but I know there is many (I find with grep). Simple patterns like `System.out.println(:[x])` work. Is the pattern wrong or is bug? version 5.2.4""",
[], [])

t("non-native", "se/p3", "search only in team repos by default",
"""hi, how can make that when my team open sourcegraph, the search is only in our 30 repository by default and not all company? now every time they need write repo:... is long. thanks""",
["question"], [])

t("non-native", "se/p1", "batch change stuck processing 2 days",
"""Hello support. We have batch change with 230 changeset, all are in status "processing" since 2 days, nothing happen, not publish and not fail. We need finish this migration before code freeze on Friday, after it is not allowed. Please help fast. We use sourcegraph 5.5 on kubernetes.""",
[], ["self-hosted"])

# ---------------- markdown ----------------
t("markdown", "se/p2", "Feature request: CSV export per repository for insights",
"""## Request
Allow exporting **per-repository breakdown** of an insight series as CSV.

## Why
- We track "TODO(security)" comments across ~600 repos
- Today the export gives totals over time, but team leads want to see *which* repos carry the most
- Right now someone copies the numbers by hand from the drill-down popover every sprint

## Nice to have
- same thing via GraphQL
- schedule the export weekly

Thanks! – Copperline DevEx""",
["feature_request"], [])

t("markdown", "se/p1", "Bitbucket Server plugin buttons gone for everyone after BB upgrade",
"""# Problem
After upgrading Bitbucket Data Center from 8.9 to 8.19 on Saturday, the Sourcegraph integration no longer shows up in Bitbucket at all:

- no "Search on Sourcegraph" button on file pages
- no hover info on PRs
- no errors shown to users

# What we checked
- Sourcegraph itself works, code host connection syncs fine, repos are up to date
- The Sourcegraph plugin is still listed as **enabled** in Bitbucket → Manage apps
- Browser console on the PR page: `Refused to load the script 'https://sourcegraph.marlow-bio.example/.assets/extension/scripts/integration.bundle.js' because it violates the following Content Security Policy directive: "script-src 'self'"`

# Impact
~700 devs used this daily for reviews. Screenshot: https://imgur.com/r8ZkD1q""",
["bug"], ["self-hosted"])

t("markdown", "se/p3", "a few query syntax questions",
"""Couple of things our team couldn't figure out from reading around:

1. How do I get only the **repos** that contain a file called `Jenkinsfile`, not the file matches? Tried `file:Jenkinsfile select:repo` – is that the right way?
2. `type:diff author:me` returns nothing for me. Is `me` supported or do I need my email?
3. Can I combine `repo:has.file(path:go.mod)` with `repo:has.commit.after(1 month ago)`?

```
repo:has.file(path:go.mod) repo:has.commit.after(1 month ago) count:all
```

No rush, thanks!""",
["question"], [])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p2", "blame gone after upgrade",
"""from our #tools-help:

  theo  10:42
  anyone know where the inline git blame went in sourcegraph? used to see author + date at the end of each line
  priyanka  10:44
  same, gone since the upgrade last night
  theo  10:45
  the "Show blame" toggle is there but clicking does nothing
  marcus  10:51
  works for me on small files, not on anything over like 2k lines

Version 5.3.9104, k8s.""",
[], [])

t("chat-paste", "se/p2", "code monitor emails x3",
"""[Teams – #platform-alerts]
Reza Hosseini: is it just me or is the "new AWS keys committed" monitor sending each alert 3 times?
Lucia Ferreira: not just you, I got 3 identical mails at 02:14
Reza Hosseini: annoying, people will start filtering them out
Lucia Ferreira: it started after we scaled the frontend to 3 replicas I think?""",
[], [])

t("chat-paste", "se/p3", "keyboard shortcut for case sensitivity?",
"""pasted from slack:
<ellie> is there a keyboard shortcut to toggle case sensitive / regex in the sourcegraph search bar? clicking the little Aa icon is driving me nuts
<bo> dunno, ask support""",
["question"], [])

# ---------------- mixed ----------------
t("mixed", "se/p1", "POC: 'some results missing due to timeout' on most searches",
"""Hi,

We're evaluating Sourcegraph (trial license, self-hosted on EKS, 5.6.0). Our evaluators keep getting the banner "Some results may be missing due to timeout" on ordinary searches, and then they judge the product on that. Our Grafana shows:

  partial_timeout_search_responses  (frontend)   WARNING  6.2%
  search_alert_user_suggestions      (frontend)   WARNING

Slack from our evaluation channel:
  > mateo: searched `class PaymentRouter` and got the timeout banner again
  > jun: yeah it's most searches over all repos

Decision meeting is next Wednesday. Help would be very much appreciated.
Erik / Aster Mobility""",
["poc"], ["poc", "self-hosted"])

t("mixed", "se/p2", "Notebook embeds broken in Confluence",
"""Sourcegraph version: 5.4.5
Platform information: docker-compose

We embed notebooks in our Confluence runbooks. Since upgrading they render as:

```
Refused to display 'https://sg.wrenfield.edu/notebooks/embed/Tm90ZWJvb2s6MTI=' in a frame because it set 'X-Frame-Options' to 'deny'.
```

Our admin says nothing changed in the reverse proxy. Opening the notebook directly works. About 30 runbooks affected, people can click through as a workaround.""",
[], ["self-hosted"])

t("mixed", "se/p3", "server-side batch changes - how do steps with images work?",
"""Hi! We've been running batch changes locally with src-cli and want to move to running them on the server. Our admin already has executors running for other stuff.

From our wiki draft:
> - spec needs `steps:` with `container:` – can we use images from our private registry (harbor.quillfeather.example)?
> - do env secrets work server-side the same way as locally?

Basically, how should the spec look when running server-side? Example welcome. No rush.""",
["question"], [])
