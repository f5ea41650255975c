from common import T

TEAM = "data-analytics"
QS, PEM, HAL, TS, BM, FH, EAST, CDSA, ARV = ("Quillstone Software", "Pemberton Systems", "Halvard Games",
    "Tessellate Labs", "Brightmarsh Interactive", "Fernhollow Software", "University of Eastmoor",
    "Commonwealth Digital Services Agency", "Arvenian Statistics Office")

TICKETS = [
T("A01", TEAM, PEM, "se/p3", "markdown",
  "MAU in site admin doesn't match Okta sign-ins",
  """
Hi! I'm putting together the quarterly developer tooling report.

| Source                                  | October MAU |
|-----------------------------------------|-------------|
| Lighthouse Site admin > Analytics       | 1,742       |
| Okta app sign-ins (unique users)        | 2,088       |
| Site admin > Users (active in 30 days)  | 1,965       |

Which number should I trust, and what counts as "active" in the analytics page? Also, can we break MAU down by department (we have the Okta `department` attribute)?

Thanks!
Mei Lin
Engineering Analytics, Pemberton Systems
""", tags=["usage-stats", "mau", "analytics"]),

T("A02", TEAM, PEM, "se/p3", "email-thread",
  "Usage numbers mismatch again for Q4 report",
  """
Hi again,

Thanks for the explanation last time about what counts as active. I applied it, but for November the analytics page MAU (1,811) is now HIGHER than Okta unique sign-ins (1,760), which shouldn't be possible if active users must sign in. Could API/access-token usage (CI bots, the VS Code extension with long-lived sessions) be counted too? If so, can I exclude the `sg-bot` and `ci-*` accounts?

Best,
Mei

--
Mei Lin | Engineering Analytics | Pemberton Systems

> On Oct 30, Support wrote:
> The analytics page counts a user as active if they performed at least one tracked action in the period, which is not the same as signing in through Okta...
""", tags=["usage-stats", "mau", "service-accounts"], recurs="A01"),

T("A03", TEAM, HAL, "se/p2", "logs",
  "telemetry_gateway_exporter_queue_growth alert on sg-prod",
  """
New alert since the 5.2.0 upgrade:

[FIRING:1] telemetry_gateway_exporter_queue_growth (telemetry warning)
  description: telemetry: 1+ rate of growth of export queue over 30m

Our code browser has restricted egress (only via proxy.halvard.internal:3128 for allowlisted domains). worker log:

{"SeverityText":"ERROR","Body":"failed to export telemetry events","Attributes":{"error":"rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp: lookup telemetry-gateway... on 10.43.0.10:53: no such host\""}}

Which host do we need to allowlist, and is the queue going to eat our postgres if we leave it?

Mikael
""", tags=["telemetry", "alert", "egress", "proxy"]),

T("A04", TEAM, CDSA, "se/p2", "template",
  "telemetry export errors alert in air-gapped environment",
  """
SUMMARY:
telemetrygatewayexporter_exporter_errors_total alert fires continuously.

ENVIRONMENT:
- Air-gapped Kubernetes, cdsa-sg 5.1.8
- No outbound connectivity by design

STEPS TO REPRODUCE:
Observe Grafana > Telemetry.

EXPECTED RESULT:
No export attempts from an air-gapped instance, or no alert.

ACTUAL RESULT:
  telemetry: telemetrygatewayexporter_exporter_errors_total  - 0+ errors (warning), continuous
worker log: "failed to export telemetry events ... dial tcp: lookup ... no such host"

IMPACT:
Persistent alert noise; security office requires written confirmation of what data the instance attempts to send externally.

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield
""", tags=["telemetry", "alert", "air-gapped"]),

T("A05", TEAM, CDSA, "se/p2", "logs",
  "Telemetry exporter alert back after 5.2 upgrade",
  """
After Denise's telemetry ticket we applied the recommended setting and the exporter alert stopped. We upgraded to 5.2.3 last week and it's firing again, plus a new one:

  telemetry: telemetrygatewayexporter_exporter_errors_total (warning)
  telemetry: telemetry_gateway_exporter_queue_growth (warning)

worker:
{"SeverityText":"WARN","Body":"telemetry export enabled by default for this license","Attributes":{"override":"ignored"}}

Did the setting name change in 5.2? The security office's written confirmation referenced the old setting so we need this sorted before their next review.

Marcus Tran
""", tags=["telemetry", "alert", "air-gapped", "upgrade"], recurs="A04"),

T("A06", TEAM, QS, "se/p3", "email-thread",
  "How many people actually use the AI thing?",
  """
I'm paying for 200 Cody seats. I want to know how many people actually used it last month, and how much. Daily/weekly active, number of chats, number of accepted suggestions. Where do I find that?

Priya

> From: Tom Becker
> Sent: Monday
> Subject: RE: Cody seats
>
> I can see individual users in site admin but not totals. Might be quicker to ask support.
""", tags=["usage-stats", "cody", "analytics"]),

T("A07", TEAM, QS, "se/p2", "template",
  "Cody usage dashboard shows zero for last week",
  """
**Summary**
Site admin > Analytics > Cody shows 0 active users and 0 completions for the week of 13 November. Previous weeks are populated. People definitely used it.

**Steps to reproduce**
1. Site admin > Analytics > Cody
2. Date range: last 4 weeks

**Expected**
~150 WAU like prior weeks.

**Actual**
Flat zero for 13–19 Nov, then data resumes on the 20th.

**Env**
Managed instance.

**Impact**
Priya uses this for the seat-usage review she asked about last month; a gap makes the report look wrong.

Tom
""", tags=["usage-stats", "cody", "analytics", "data-gap"], recurs="A06"),

T("A08", TEAM, EAST, "se/p3", "email-thread",
  "Usage statistics for grant report",
  """
Dear Support,

For our research infrastructure grant report we need to show how CodeFind is used: number of unique users per month and the number of searches per month, ideally from January to December. The analytics page only seems to go back a few months.

Is there a way to get older data or to export it?

Kind regards,
Helen

> -----Original Message-----
> From: Research Infrastructure Grants Office
> Subject: Annual report - usage evidence
>
> Please include quantitative usage evidence (users, activity) for each funded service, covering the full calendar year.

--
Dr Helen Achterberg
Research Computing Lead, School of Computer Science, University of Eastmoor
""", tags=["usage-stats", "export", "history"]),

T("A09", TEAM, BM, "se/p2", "non-native",
  "Export of usage statistics is failing",
  """
Hello,

I try to download the user statistics as CSV from site admin (Users > "Download CSV") but the file is always empty, only the header line. In the page, the table has data for around 380 users.

We need this for our internal license check with Carla-san. Browser Chrome, instance brightmarsh.managed.example.

Thank you,
Kenji Watanabe
""", tags=["usage-stats", "csv-export", "analytics"]),

T("A10", TEAM, ARV, "se/p3", "non-native",
  "Weekly active users includes technical accounts",
  """
Hello,

In analytics page of Kodas the WAU is around 190, but we know that around 25 of them are technical accounts (for CI pipelines and for scripts which use the API). For our report to management we want only real people. Is it possible to exclude these accounts from the statistics?

Best regards,
Tomasz
""", tags=["usage-stats", "wau", "service-accounts"]),

T("A11", TEAM, TS, "se/p2", "chat-paste",
  "need DAU/usage numbers for the POC readout",
  """
amir.haddad  10:05
for friday's readout I need: DAU over the POC period, # searches, # cody chats, # batch changes run
amir.haddad  10:06
the analytics page has some of it but I can't export anything and the date picker won't go back to the start of the POC (Nov 6)
amir.haddad  10:06
can you pull it for us?
""", tags=["poc", "usage-stats", "analytics", "export"]),

T("A12", TEAM, FH, "se/p2", "chat-paste",
  "telemetry_job_error_rate warning in site admin",
  """
sam.ortiz: another site admin banner: "telemetry: telemetry_job_error_rate" warning on code.fernhollow.example
sam.ortiz: not sure if it's something on our side, we didn't change any settings. does it affect anything users see?
""", tags=["telemetry", "alert", "managed-instance"]),

T("A13", TEAM, "one-off", "se/p3", "email-thread",
  "What usage data do you collect?",
  """
Hello,

Our works council needs to approve the tool before rollout. Could you provide a list of the usage/telemetry data a self-hosted instance sends to Sourcegraph, whether it includes personal data (usernames, emails, IPs) or code, and how it can be switched off?

Kind regards,
Henrike Vogt
Data Protection Coordinator, Brennhaus Software GmbH

> Von: Betriebsrat
> Betreff: Code-Suchwerkzeug
> Before we can agree we need the vendor's statement about what is collected about employees. Thank you.
""", tags=["telemetry", "privacy", "works-council"], org_tags=["self-hosted", "enterprise"]),

T("A14", TEAM, "one-off", "se/p2", "one-liner",
  "Analytics > Users chart blank",
  "Site admin analytics 'Users' chart has been blank (no lines, no error) since we upgraded to 5.2.5. Other analytics tabs fine.",
  tags=["analytics", "usage-stats", "ui"], org_tags=["self-hosted", "enterprise"]),

T("A15", TEAM, PEM, "se/p2", "logs",
  "telemetry_job_utilized_throughput alert",
  """
[FIRING:1] telemetry_job_utilized_throughput (telemetry warning)
  description: telemetry: 90%+ utilized throughput rate

Lighthouse, 5.2.6. Fires during business hours, clears overnight. Is the telemetry job batch size something we tune, or is this expected for ~2,300 users? No user impact that we can see.

Dana
""", tags=["telemetry", "alert", "throughput"]),

T("A16", TEAM, HAL, "se/p2", "chat-paste",
  "telemetry queue alert again",
  """
from #sg-admins:

jun.park: telemetry_gateway_exporter_queue_growth firing again on sg-prod
jun.park: we allowlisted the telemetry host on the proxy after mikael's ticket and it had been clean
jun.park: netops replaced the proxy cluster last week, new one does TLS inspection
jun.park: worker log now: "x509: certificate signed by unknown authority" on the export
mikael.strand: either we exempt that host from inspection or trust the proxy CA in the worker. ask which they prefer
""", tags=["telemetry", "alert", "proxy", "tls"], recurs="A03"),

T("A17", TEAM, "one-off", "se/p3", "email-thread",
  "Unique users per department for accreditation",
  """
Hello,

For an accreditation review we need to report how many unique users from each department used our Sourcegraph instance this academic year. Users log in via SAML and we pass the `ou` attribute. Is there a report that groups users by a SAML attribute, or an API we can use?

Best regards,
Dr. Imre Halász
Faculty IT Services, Szentendre Technical University

> On 2 Nov, Quality Office wrote:
> For the accreditation file please provide usage figures per department for all licensed software.
""", tags=["usage-stats", "saml", "reporting"], org_tags=["self-hosted", "enterprise", "education"]),

T("A18", TEAM, "one-off", "se/p3", "mixed",
  "Our firewall blocks pings - does that affect our usage numbers?",
  """
Our firewall blocks all outbound traffic from the Sourcegraph VM except to GitHub. Our account manager mentioned the user count you see is "lower than expected".

Questions:
- Are the numbers you see based on what the instance sends out?
- If we keep blocking, does that cause problems with our account or license?

Instance: self-hosted docker-compose 5.2.2.

— Samir Bouaziz, Tidewater Analytics
""", tags=["telemetry", "usage-stats", "firewall"], org_tags=["self-hosted", "enterprise"]),

T("A19", TEAM, ARV, "se/p2", "non-native",
  "Still technical accounts in MAU, please make exclude option",
  """
Hello,

Regarding the previous question about technical accounts in statistics. We followed the advice to mark them in a naming pattern (prefix "svc-"), but the analytics page has no filter for this, so we still calculate by hand in Excel every month.

Please we ask for a feature: option to exclude users (by list or by name pattern) from the analytics numbers. Management report is monthly.

Best regards,
Tomasz Wierzbicki
""", tags=["usage-stats", "service-accounts", "feature-request"], recurs="A10"),

T("A20", TEAM, "one-off", "se/p2", "logs",
  "telemetrygatewayexporter_queue_cleanup_errors_total firing",
  """
alertname=telemetrygatewayexporter_queue_cleanup_errors_total service_name=telemetry level=warning
summary: telemetry: 0+ export queue cleanup job errors every 30m

worker log:
{"SeverityText":"ERROR","Body":"queue cleanup failed","Attributes":{"error":"ERROR: permission denied for table telemetry_events_export_queue (SQLSTATE 42501)"}}

We use an external Postgres (Azure Flexible Server) and recently rotated to a less-privileged DB user. Everything else seems fine. 5.2.4, helm.

— Beatriz Lund, Quayside Software
""", tags=["telemetry", "alert", "postgres", "permissions"], org_tags=["self-hosted", "enterprise"]),
]
