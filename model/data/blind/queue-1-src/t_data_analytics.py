from common import T

TEAM = "data-analytics"
TICKETS = [
T("da01", "HGM", "email-thread", "se/p3",
"Lantern usage numbers don't match Okta",
r"""
I need monthly active users for Lantern by department for the exec pack. The analytics page says 2,140 MAU. Okta says 3,020 people logged in. Which number is right, and can I get it by department?

Sarah Whitcombe
Head of Developer Platform | Harrowgate Mutual

> From: Dmitri Volkov
> Sarah, Okta counts the SAML login, Lantern's analytics probably counts people who actually did something (search, page view). Departments we don't have in Lantern at all, only in Okta groups.
""", ["usage-stats", "mau", "reporting"]),

T("da02", "HGM", "email-thread", "se/p2",
"RE: usage numbers - needed for renewal business case",
r"""
We still can't reconcile Lantern's active user numbers with anything. The CFO wants a cost-per-active-user figure before we approve the renewal next month. Please give me a definition of "active" and a way to export per-user activity.

Sarah

> From: Support (6 weeks ago)
> The analytics page counts a user as active if they performed at least one tracked action in the period...
""", ["usage-stats", "mau", "export", "renewal"], recurs="da01"),

T("da03", "NSB", "logs", "se/p2",
"telemetry_gateway_exporter_queue_growth alert",
r"""
Hello,

After upgrade to 5.3.0 we have new alert we don't understand:

  [FIRING] telemetry_gateway_exporter_queue_growth  service_name=telemetry  level=warning
  description: telemetry: 1+ rate of growth of export queue over 30m

worker log:
  WARN telemetrygatewayexporter  export failed {"error":"rpc error: code = Unavailable desc = connection error: dial tcp: lookup telemetry-gateway.example on 10.100.0.10:53: no such host"}

Fyren has only egress through proxy with allowlist. What is this exporter, what data it sends, and can we disable or route via proxy? Security team will ask.

Lars
""", ["telemetry", "alert", "egress", "exporter"]),

T("da04", "NSB", "mixed", "se/p2",
"telemetry export queue alert again",
r"""
Hi,

After we added the proxy settings you gave us, the telemetry queue alert was quiet. Since the network team changed the proxy allowlist last week it fires again, and also:

  [FIRING] telemetrygatewayexporter_exporter_errors_total service_name=telemetry level=warning

  worker: export failed {"error":"rpc error: code = PermissionDenied desc = proxy CONNECT rejected: 403"}

  SELECT count(*) FROM telemetry_events_export_queue;  -> 4812233

Queue table grows ~150k rows/day. Is it safe to truncate it, and does a big queue affect the database?

/Lars Ekdahl
""", ["telemetry", "alert", "exporter", "postgres"], recurs="da03"),

T("da05", "QHC", "non-native", "se/p3",
"What usage data leave Atlas?",
r"""
Hello,

Our compliance team (Ben) ask me what data Atlas send to Sourcegraph company: usage statistics, pings, telemetry events. Can you give the list of what is sent and if it contain code, repository names or user emails? And how we can see ourselves what is sent?

We are regulated by the financial authority so we need it documented.

Hélène
""", ["telemetry", "usage-stats", "compliance", "privacy"]),

T("da06", "PRG", "template", "se/p2",
"Site admin analytics charts blank on SG",
r"""
**Summary**
Site admin > Analytics pages (Users, Search, Code navigation) show empty charts with "No data for this period".

**Impact**
Monthly adoption report to leadership blocked.

**Steps to reproduce**
1. Site admin > Analytics > Users
2. Any date range

**Expected**
DAU/WAU/MAU charts

**Actual**
Empty charts, totals 0. We know people use SG (2,400 users).

**Environment**
Managed instance, 5.4.x; started after the upgrade two weeks ago

Marisol Ortega
""", ["usage-stats", "analytics", "admin-ui"]),

T("da07", "TWL", "markdown", "se/p2",
"Analytics page empty after 5.4 upgrade",
r"""
Hi,

Same as what I think others have reported: since our managed instance went to 5.4.x, the site-admin **Analytics** section shows zeros everywhere.

- Users: 0 DAU / 0 WAU / 0 MAU
- Search: no data
- Data before the upgrade date also gone (previously we had 6 months)

Do we lose the history, or will it backfill?

Femi
""", ["usage-stats", "analytics", "admin-ui"], recurs="da06"),

T("da08", "CBF", "non-native", "se/p3",
"Export list of active users last 90 days",
r"""
Hello,

We want to clean inactive users from portal before renewal to save seats. How can I export list of users with date of last activity (search or any page)? In site admin > Users I see "last active" but only on screen, I need CSV for our manager.

Thank you
Tomasz
""", ["usage-stats", "user-activity", "export"]),

T("da09", "BMS", "template", "se/p2",
"[BUG] telemetry exporter errors alert",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) Low
Component: monitoring / telemetry
Reporter: Sanjay Pillai

Steps to reproduce:
1. Upgrade compose to 5.3.2

Expected:
No new alerts

Actual:
  telemetrygatewayexporter_exporter_errors_total  warning  (telemetry)
  worker: export failed {"error":"x509: certificate signed by unknown authority"}

Logs: (attach logs here)

Additional context:
Our egress goes through a TLS-inspecting proxy. Same issue as the executors CA problem? Where does the worker read CA certs from?
""", ["telemetry", "alert", "exporter", "tls"]),

T("da10", "one-off", "one-liner", "se/p3",
"Where do I see DAU?",
"", ["usage-stats", "dau", "question"], org_tags=["self-hosted"]),

T("da11", "MPS", "email-thread", "se/p2",
"Monthly usage report MAU looks wrong",
r"""
Hi,

The monthly usage summary we receive for our instance lists 1,104 MAU for May. Our own count from the instance's Analytics page is ~2,700 and our Okta logs show ~2,900 distinct users. We use these numbers for internal chargeback to divisions, so a 60% gap is a problem.

Could someone explain how the report's MAU is computed and correct it?

Inês Carvalho
Developer Experience, Meridian Parcel Systems
""", ["usage-stats", "mau", "reporting", "managed-instance"]),

T("da12", "FST", "non-native", "se/p2",
"POC: need usage numbers per user for success criteria",
r"""
Hello,

For the POC success criteria we promised to show how much developers use Sourcegraph: searches per user per week, and Cody chats per user. Where can I get this in the POC instance? The analytics page show totals but not per user. The report is due at the end of the POC.

Carla Duarte
""", ["usage-stats", "poc", "per-user"]),

T("da13", "one-off", "email-thread", "se/p3",
"Disable all telemetry",
r"""
Hello,

Our policy requires that no usage data leaves our network. Is there a single setting to turn off all telemetry/usage reporting from our self-hosted instance? And does the license require some reporting?

Regards,
Frederik Aalto
Platform Architecture, Kaleva Mutual

> Our instance: 5.3.x on Kubernetes.
""", ["telemetry", "privacy", "question"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("da14", "QHC", "email-thread", "se/p3",
"Follow-up: telemetry event field list for regulator file",
r"""
Dear Sourcegraph,

Further to Hélène's earlier query, which was answered at a summary level: for our regulator file I need the field-level schema of telemetry events exported from Atlas (event name, feature, metadata keys, and whether any private metadata is included by default). A link to a versioned reference is acceptable.

Ben Okafor
Head of Technology Risk & Compliance, Quayhaven Capital
""", ["telemetry", "compliance", "schema"], recurs="da05"),

T("da15", "one-off", "logs", "se/p2",
"telemetry_job_error_rate alert firing",
r"""
Hi,

  [FIRING] telemetry_job_error_rate  service_name=telemetry  level=warning
  description: telemetry: 0%+ usage data exporter operation error rate over 30m

worker logs:
  ERROR telemetry.job  batch export failed {"error":"pq: relation \"event_logs_export_allowlist\" does not exist"}

We run 5.3.1 on Kubernetes. The migration log says all migrations are up to date.

Tariq Nasser, Platform, Harborview Credit
""", ["telemetry", "alert", "database"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("da16", "one-off", "markdown", "se/p2",
"Feature request: Cody adoption per team via API",
r"""
## Request
A GraphQL (or REST) endpoint that returns Cody usage (active users, completions accepted, chats) per user or per group, for a date range.

## Why
Leadership wants Cody adoption by team; the analytics page only shows totals and isn't scriptable.

## Current workaround
Screenshots of the analytics page every month.

-- Amara Nwosu, Engineering Excellence, Coastway Supermarkets
""", ["usage-stats", "cody", "api", "feature-request"], org_tags=["self-hosted", "kubernetes", "enterprise", "retail"]),

T("da17", "one-off", "one-liner", "se/p3",
"Cody usage per user?",
r"""
Can we get Cody usage numbers per user from our instance?
""", ["usage-stats", "cody"], org_tags=["managed-instance", "retail"]),

T("da18", "TWL", "email-thread", "se/p2",
"Dashboard says 12 active users",
r"""
Analytics says 12 active users this week. We have 400 engineers using it daily. Broken. I use this number in my board update.

Rachel

> Femi Adeyemi wrote:
> The historical charts came back after the earlier fix, but the current week counts look way too low - 12 WAU, and search counts look ~1% of normal.
""", ["usage-stats", "wau", "analytics"]),

T("da19", "one-off", "logs", "se/p3",
"telemetry_job_utilized_throughput warning",
r"""
Hi team,

  [FIRING] telemetry_job_utilized_throughput service_name=telemetry level=warning
  description: telemetry: 90%+ utilized throughput rate

No errors in the worker logs, just this. What does it mean and do we need to change anything? docker-compose, 5.3.x, ~1,500 users.

Sinead Kelly, Port Ardagh Logistics
""", ["telemetry", "alert", "throughput"], org_tags=["self-hosted", "docker-compose", "logistics"]),

T("da20", "BMS", "one-liner", "se/p2",
"telemetry exporter alert again",
r"""
telemetry exporter errors alert is back on sg.brightmarket.internal after the proxy cert rotation. - Holly
""", ["telemetry", "alert", "exporter"], recurs="da09"),
]
