TEAM = "data-analytics"
TICKETS = [
dict(subject="Analytics page empty – need numbers for renewal",
description="""Site admin > Analytics shows "No data" for every chart (Users, Search, Code navigation, Batch changes) since we upgraded to 5.2 three weeks ago. Our renewal discussion is in two weeks and leadership wants to see adoption (DAU/MAU, searches per user) before approving it. Without those numbers the renewal is honestly at risk.

Screenshot: https://screens.example/analytics-empty.png
Version 5.2.4, k8s""",
priority="se/p1", form="mixed", tags=["renewal"], org_tags=["self_hosted","enterprise"]),

dict(subject="telemetry exporter queue growing, db disk filling",
description="""Alerts firing since Tuesday:

  warning_telemetry_telemetry_gateway_exporter_queue_growth
  critical_telemetry_telemetrygatewayexporter_exporter_errors_total

worker logs:
{"level":"error","scope":"telemetrygatewayexporter","msg":"failed to export events","error":"rpc error: code = Unavailable desc = connection error: dial tcp: lookup telemetry-gateway.sourcegraph.com: no such host"}

We're behind an egress proxy. The queue table is now 180 GB and pgsql disk is at 91%. What can we safely purge, and how do we stop it from growing?""",
priority="se/p1", form="logs", tags=[], org_tags=["self_hosted","enterprise"]),

dict(subject="Cody usage stats all zero since upgrade",
description="""**Sourcegraph version:** 5.3.2
**Platform information:** managed instance

**Steps to reproduce:**
1. Site admin > Analytics > Cody

**Expected behavior:** active Cody users, completions accepted etc. (we had numbers before)

**Actual behavior:** all 0 since March 14th. Cody itself works fine, people use it all day.

**Additional context:** we have to report Cody adoption (how many users, acceptance rate) to our exec team on Friday to justify the Cody seats.""",
priority="se/p1", form="template", tags=["cody"], org_tags=["managed_instance"]),

dict(subject="DAU looks doubled",
description="""Site admin analytics says 2,400 daily active users. We only have 1,300 engineers and the license page says 1,290 users. Looks like each user is counted twice — maybe once for the web app and once for the IDE extension? Can someone explain how DAU is computed? We use these numbers in a quarterly report.""",
priority="se/p2", form="plain", tags=[], org_tags=["self_hosted"]),

dict(subject="user activity CSV export missing columns",
description="""Exporting from Site admin > Users > "Download CSV" gives:

id,username,email,created_at
101,jdoe,jdoe@corp.example,2022-03-01T10:11:12Z
102,asmith,asmith@corp.example,2022-03-01T10:14:40Z

Before the upgrade it also had last_active_at and event counts, which our license-cleanup process uses to find inactive users. We can pull it from the GraphQL API meanwhile but that's slower.""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="pings not being sent?",
description="""Site admin > Pings says "Last ping sent: 34 days ago". Our CE told us our usage data hasn't been showing up on your side either. We use an egress proxy; is there a specific host the pings need to reach?

```json
{
  "externalURL": "https://sg.corp.example",
  "disableNonCriticalTelemetry": false,
  "update.channel": "release"
}
```""",
priority="se/p2", form="config", tags=[], org_tags=["self_hosted","enterprise"]),

dict(subject="telemetry job error rate",
description="""warning telemetry: 0.1+ telemetry job error rate (telemetry_job_error_rate)

pops up a couple of times a day, resolves itself. product works fine. what is this job doing?""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="WAU dropped 60% after SSO change",
description="""Hi,

> Did anything change in your environment around that date?

Yes, we moved from GitHub OAuth to Okta SAML on the 4th. Since then weekly active users in the analytics page dropped from ~900 to ~350, but people tell us they use the product as much as before. Are logins via the new provider counted differently? We report WAU to our VP monthly.

Regards,
Femi Adeyemi

> On Thu, Support wrote:
> > Hi Femi, did anything change in your environment around that date?""",
priority="se/p2", form="email-thread", tags=[], org_tags=["self_hosted"]),

dict(subject="service accounts counted in MAU",
description="""our monthly active users number includes ~40 bot accounts (CI uploading indexes, batch change bot, src-cli scripts). is there a way to exclude them from the MAU / user counts in the analytics? our finance team uses MAU for chargeback to departments.""",
priority="se/p2", form="plain", tags=[], org_tags=["self_hosted","enterprise"]),

dict(subject="Analytics: search usage per team",
description="""## Ask
We'd like to see search usage broken down by team (we have orgs set up per team). Analytics only shows global numbers.

## Why
We're doing an internal adoption campaign and want to know which teams haven't picked it up.

## Current workaround
Querying event_logs directly in the DB, which our DBA isn't happy about.""",
priority="se/p2", form="markdown", tags=["feature-request"], org_tags=["self_hosted"]),

dict(subject="usage statistik stimmen nicht",
description="""Hallo, die Anzahl "active users" im Analytics-Bereich ist viel niedriger als wir denken. The page say 120 active users last month, but from our proxy logs we see more than 400 different people using Sourcegraph. Maybe the users who only use the browser extension are not counted? Danke für Hilfe.""",
priority="se/p2", form="non-native", tags=[], org_tags=["self_hosted"]),

dict(subject="how many people used batch changes last quarter?",
description="",
priority="se/p3", form="one-liner", tags=[], org_tags=["enterprise"]),

dict(subject="What's in the pings?",
description="""Hi,

Our security review for the renewal asks what data the instance sends back to Sourcegraph. Is there a list of exactly which fields are included in pings/telemetry, and is any code or repo name included?

Best regards,
Lena Fischer
Information Security Office

> This email and its attachments may contain confidential information.""",
priority="se/p3", form="email-thread", tags=[], org_tags=["enterprise"]),

dict(subject="definition of active user",
description="""What counts as an "active user" in Sourcegraph's analytics? Does opening a file count, or only searches? And does Cody usage in the IDE count even if the user never opens the web app? Asking for documentation purposes, nothing broken.""",
priority="se/p3", form="plain", tags=[], org_tags=[]),

dict(subject="get DAU via API",
description="""can we get DAU/WAU/MAU numbers through the GraphQL API? I want to push them into our Grafana. tried

curl -s -H "Authorization: token $SRC_TOKEN" https://sg.corp.example/.api/graphql -d '{"query":"{ site { usageStatistics { daus { userCount startTime } } } }"}'

→ {"data":{"site":{"usageStatistics":{"daus":[{"userCount":412,"startTime":"2024-04-01T00:00:00Z"}, ...

is that the right field or is it deprecated?""",
priority="se/p3", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="usage stats",
description="where",
priority="se/p3", form="one-liner", tags=[], org_tags=[]),

dict(subject="Code Insights usage numbers",
description="""[14:02] marie: does anyone know how many users actually look at our code insights dashboards?
[14:03] tom: no clue, the analytics page has a Code Insights tab but it only shows "insights created"
[14:04] marie: I need "how many distinct users viewed an insight in March" for the tooling review
[14:05] tom: ask SG support I guess""",
priority="se/p3", form="chat-paste", tags=["insights"], org_tags=["self_hosted"]),

dict(subject="export usage data to our BI tool",
description="""Is there a supported way to export usage statistics (per user, per feature) on a schedule, e.g. to S3 or Snowflake, so we can build Looker dashboards? Currently we screenshot the analytics page each month.""",
priority="se/p3", form="plain", tags=[], org_tags=["enterprise"]),

dict(subject="Wie viele Nutzer verwenden Cody?",
description="""Hello, we want to know how many of our users used Cody in the last 30 days and how many only use code search. Where we can see this? Not urgent. Danke.""",
priority="se/p3", form="non-native", tags=["cody"], org_tags=["self_hosted"]),

dict(subject="Monthly active users report for our managed instance",
description="""**Request:** monthly active users for Jan–Apr for our instance (acorn-bio.sourcegraph.com)
**Format:** CSV or a table is fine
**Why:** internal license review

| month | MAU |
|---|---|
| Jan | ? |
| Feb | ? |
| Mar | ? |
| Apr | ? |

thanks!""",
priority="se/p3", form="markdown", tags=[], org_tags=["managed_instance"]),
]
