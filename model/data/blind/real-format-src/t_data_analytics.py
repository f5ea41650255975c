TEAM = "data-analytics"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p2", "Analytics shows 0 daily actives since upgrade",
"""Sourcegraph version: 5.3.2
Platform information: docker-compose

Steps to reproduce:
1. Site admin > Analytics > Users
2. Look at the chart for the last 30 days

Expected behavior:
~350 daily active people like before

Actual behavior:
Flat 0 from the day we upgraded (Feb 11). Search analytics page also flat. People are definitely using the instance, our proxy logs show thousands of requests per day.

Additional context
Our manager reports these numbers monthly, so we'd like it fixed, but nothing is broken for end users.""",
[], ["self-hosted"])

t("template", "se/p3", "what counts as an active user",
"""Sourcegraph version: 6.0
Platform information: <!-- e.g. Kubernetes, docker-compose, managed instance -->

Steps to reproduce:
<!-- Minimal steps to reproduce the behavior -->

Expected behavior:
<!-- What did you expect to happen? -->

Actual behavior:
<!-- What happened instead? -->

Additional context
How is an "active user" defined in the admin analytics? Does only visiting the home page count? Does using the editor extension without opening the web UI count? Trying to reconcile with our own numbers.""",
["question"], [])

t("template", "se/p2", "Usage statistics CSV is empty",
"""Sourcegraph version: 5.5.2463
Platform information: <!-- e.g. Kubernetes, docker-compose, managed instance -->

Steps to reproduce:
1. Site admin > Usage statistics
2. Click "Download usage data (CSV)"

Expected behavior:
CSV with per-user activity

Actual behavior:
File downloads with just the header row:
`username,email,last_active,searches,code_intel_actions`

Additional context
The page itself shows the per-user table with data, it's only the download that's empty.""",
[], ["self-hosted"])

# ---------------- logs ----------------
t("logs", "se/p2", "telemetry exporter queue alert",
"""Got this from our alertmanager on the self-hosted instance, not sure what it is or whether we should care:

[FIRING:1] warning_worker_telemetry_gateway_exporter_queue_growth
  service: worker
  description: worker: 1h+ rate of growth of export queue over 30m
  panel: Telemetry > Telemetry Gateway Exporter: Export and queue metrics

The queue has been growing steadily for 3 days (panel screenshot attached). Instance otherwise healthy. Should we do something?""",
["alert"], ["self-hosted"])

t("logs", "se/p2", "telemetry export errors in worker logs",
"""worker pod logs, repeating every few minutes:

{"SeverityText":"ERROR","Body":"failed to export events","Resource":{"service.name":"worker"},"Attributes":{"error":"rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp: lookup telemetry-gateway.sourcegraph.com: no such host\\"","batch_size":5000}}
{"SeverityText":"WARN","Body":"telemetrygatewayexporter: exporter errors total increasing","Attributes":{"count":1432}}

We're behind a strict egress proxy, partially air-gapped. Is this expected, and does it affect anything for us (licensing, reporting)?""",
[], ["self-hosted"])

t("logs", "se/p3", "userCount vs registeredUserCount?",
"""Running this GraphQL query for our internal dashboard:

query {
  site {
    users { totalCount }
    usageStatistics(days: 30, weeks: 4, months: 3) {
      daus { userCount registeredUserCount anonymousUserCount }
      maus { userCount registeredUserCount anonymousUserCount }
    }
  }
}

Result snippet:
"maus": [{"userCount": 812, "registeredUserCount": 790, "anonymousUserCount": 22}, ...]

What's the difference between userCount and registeredUserCount, and why would we have anonymous users at all if everyone logs in through SSO?""",
["question"], [])

# ---------------- one-liner ----------------
t("one-liner", "se/p3", "MAU numbers for last quarter?", "need for exec report", [], [])

t("one-liner", "se/p2", "analytics page wrong", "WAU shows more than total users", ["urgent"], [])

t("one-liner", "se/p3", "how to see who uses cody most", "", ["question"], [])

# ---------------- email-thread ----------------
t("email-thread", "se/p1", "Re: Renewal - user numbers",
"""Hi Support,

I'm told you can help with the data question below. Our renewal decision meeting is on Tuesday and this discrepancy is now the main sticking point.

Thanks,
Beatriz Olsen
Procurement, Mosswood Logistics

On Thu, 22 May 2025 at 16:10, Beatriz Olsen wrote:
> Hi Daniel,
>
> Thanks for the renewal quote. One thing we can't reconcile: the quote is based on 1,100 monthly active users. Our own Sourcegraph admin page (Analytics > Users) shows between 380 and 430 monthly actives for every month this year.
>
> Before we sign anything we need to understand which number is right and where yours comes from. If it's 400 we would like the tier adjusted.
>
> On Wed, 21 May 2025 at 09:30, Daniel Frey (Sourcegraph) wrote:
> > Hi Beatriz, please find attached the renewal quote for the next 12 months. Let me know if you have questions!
>
> Beatriz Olsen
> This email is confidential.""",
["renewal", "email"], ["self-hosted"])

t("email-thread", "se/p3", "Re: what data leaves our network",
"""Hello,

Question from our compliance officer below. No urgency.

Kind regards,
Pieter

> On 3 Mar 2025, at 10:02, Ilse Verbeek wrote:
> Pieter, for the annual review I need a list of what usage information Sourcegraph sends back to the vendor from our installation. Is it aggregated counts only, or per-user data with names/emails? And can it be switched off?
>
> > On 28 Feb 2025, Pieter Janssen wrote:
> > I'll ask them, I believe it's aggregate only but not sure after the 5.x changes.

--
Pieter Janssen | Platform Engineering | Westerly Insurance NV""",
["question", "email"], ["self-hosted"])

t("email-thread", "se/p2", "FW: monthly usage digest stopped",
"""Hi,

Since February we no longer receive the monthly "your instance at a glance" digest with active users and searches. Our director used it to track adoption. Nothing else changed, other site emails (password resets etc.) still arrive fine.

Regards
Tobias

---------- Forwarded message ----------
From: Karin Ahlgren
Date: Mon, Apr 7, 2025
Subject: usage email?

> Tobias, where's the adoption email for March? Need it for the steering deck.

Tobias Lind
Developer Platform, Silverpine Credit Union""",
["email"], [])

# ---------------- non-native ----------------
t("non-native", "se/p2", "statistic only 30 days",
"""Hello. The statistic page show only last 30 days / few month of active users. Management want see 1 year of data for compare before and after rollout. Is possible to have longer? If not we want request this feature please.""",
["feature_request"], [])

t("non-native", "se/p3", "what mean 'integrated' users",
"""Hi, in admin analytics there is split of users, one is named like 'integrations' or similar. What it mean exactly? Is people using browser plugin or editor? Thank you for explain.""",
["question"], [])

t("non-native", "se/p2", "search count in statistic drop to zero",
"""hello, in the analytic page the number of search per day go to zero from 14 march, but people still search a lot, I check myself. Users chart also have strange dip same day. We not upgrade anything this day. version 5.4""",
[], [])

# ---------------- markdown ----------------
t("markdown", "se/p1", "Active user counts doubled after SSO migration - contract decision tomorrow",
"""## Context
We moved from GitHub OAuth to Okta SAML on **April 1**. Since then the admin analytics show **~2x** monthly active users.

## Evidence
| Month | MAU (analytics page) | People in our directory with access |
|-------|---------------------|-------------------------------------|
| Feb   | 612 | 640 |
| Mar   | 598 | 650 |
| Apr   | 1,187 | 655 |

Looks like each person is counted twice (old account + new account?). User list in site admin shows single accounts though.

## Why urgent
Our CFO is deciding tomorrow on the seat tier based on these numbers. Need to know which figure is real.""",
["urgent"], ["self-hosted"])

t("markdown", "se/p2", "FR: DAU broken down by team / org",
"""### Request
Show daily / weekly actives **per organization** (or per SSO group) in site admin analytics.

### Use case
- 11 business units, each pays for its share
- Today we only get a global number
- We'd like a table: org → DAU / WAU / MAU, searches, code nav actions

### Workaround today
Exporting per-user CSV and joining with HR data in a spreadsheet. Painful.""",
["feature_request"], [])

t("markdown", "se/p3", "Export usage data via API?",
"""Hi!

We want to pull adoption metrics into our internal Looker dashboard.

- Is there a GraphQL field for **weekly active users**?
- Any rate limits on querying it daily?
- Example query would be great 🙏

Not urgent.""",
["question"], [])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p3", "weekly actives for AI vs search",
"""From our shared Slack channel:

Olga (Tamarind Telecom): hey! quick one – where in the admin UI can I see weekly actives split between the AI assistant and plain search? leadership wants to know if people use the assistant or just search
Olga (Tamarind Telecom): no rush at all""",
["question"], [])

t("chat-paste", "se/p2", "'No data' on code navigation stats",
"""Teams paste:

[Wed 14:02] Farid: the admin analytics page has a "Code navigation" tab, it says "No data for this period" for every range
[Wed 14:03] Farid: but people use go-to-definition all day, I literally just did it
[Wed 14:05] Sophie: search and users tabs have data though
[Wed 14:06] Farid: version 5.5 self hosted, opening a ticket""",
[], ["self-hosted"])

t("chat-paste", "se/p1", "account team says we're not reporting usage",
"""Pasted from our Slack Connect channel with the account team:

> **Hugo (Sourcegraph CSM)**: Hi team, flagging that we haven't received any usage reporting from your instance since January. For the renewal we'll need this, can you check?
> **Rita (Zephyr Auto)**: We didn't change anything on purpose... our admin says the instance has outbound internet
> **Hugo (Sourcegraph CSM)**: Could you open a support ticket so someone can dig in? Renewal is in 3 weeks

So here's the ticket. Instance version 6.0.2, k8s. What should we check?""",
["renewal"], ["self-hosted"])

# ---------------- mixed ----------------
t("mixed", "se/p2", "Per-user export missing last active date",
"""Sourcegraph version: 5.6.0
Platform information: Helm

The per-user usage export used to include `last_active_at`. In the file we got today it's gone:

```
user_id,username,searches_30d,nav_actions_30d
1,admin,12,0
17,jsmith,220,48
```

From our internal thread:
> Dana: we use last_active to find inactive accounts to deprovision every quarter
> Raj: can we get it back? otherwise we need to query the DB directly

Thanks!""",
[], [])

t("mixed", "se/p3", "do bots count as active users?",
"""Hi,

Question from a planning call (notes pasted):
- we have ~15 service accounts using access tokens (CI, the review bot, a renovate-style job)
- **do these show up in the daily/monthly active numbers** in the analytics?
- if yes, can we exclude them from the charts?

Not urgent, just want the numbers to make sense.""",
["question"], [])

t("mixed", "se/p3", "Opting out of usage data collection on 6.x",
"""Subject line says it. We're upgrading to 6.1 next quarter.

From our security review doc:
> **Open item:** confirm whether pings / usage telemetry can be disabled on 6.x, and whether anything breaks if we do.

Can you point me to how this works on 6.x? Thanks.""",
["question"], [])
