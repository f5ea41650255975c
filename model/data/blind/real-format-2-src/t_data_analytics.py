from common import T

TEAM = "data-analytics"

TICKETS = [
T("Re: URGENT - usage data leaving our network contains usernames and repo names",
"""
Team,

Our legal counsel has asked me to formally request an immediate response. Until we hear back, we've blocked the outbound endpoint at the firewall.

Regards,
Nadia Haddad
Data Protection Officer, Verity Mutual
This message and any attachment are confidential and may be privileged.

> On Thu, Dec 3, 2026 at 5:31 PM Conor Walsh wrote:
> Nadia — TLS inspection on the egress proxy captured the payloads. Example event body (trimmed):
>
>   {"feature":"search.results","action":"viewed","source":{"client":"web"},
>    "parameters":{"metadata":[...],"privateMetadata":{"query":"repo:^git.verity.internal/claims/fraud-model$ password"}},
>    "user":{"userId":4412,"anonymousUserId":"","username":"j.obrien"}}
>
> We were told the usage telemetry export only sends anonymised, aggregate data. This is neither.
> 6.0.1 self-hosted. Grafana shows "telemetry gateway exporter queue growth" normal, so it's sending fine.
>
>> On Thu, Dec 3, 2026, Nadia Haddad wrote:
>> Conor, our SOC flagged a steady stream of JSON to an external analytics endpoint from the code
>> search cluster. Please check ASAP. (Also - can you send me the Q4 tooling spend? unrelated.)

We need to know what has been transmitted since we went live in March and how to stop it.
""",
"se/p0", "email-thread", ["urgent", "security", "escalated"], ["self-hosted", "enterprise"]),

T("Admin analytics shows 0 users since the upgrade - renewal is based on this",
"""
## Issue
Site admin → **Analytics** shows **0 active users** for every day since we moved to 6.0.0 (Nov 18).

## Why it's urgent
Our renewal negotiation next week uses adoption numbers. Our VP literally asked "so nobody uses it?" when I showed the screen.

## Data points
| Metric | Before upgrade | After |
|---|---|---|
| DAU | ~420 | 0 |
| WAU | ~780 | 0 |
| Searches/day | ~9k | 0 |

People obviously still use it (access logs show thousands of requests daily).

Screenshot: https://drive.lowmoor.example/analytics-zero.png
""",
"se/p1", "markdown", ["renewal", "bug"], ["self-hosted"]),

T("telemetry export queue growing, database getting big",
"""
Alertmanager:
  [FIRING] warning: telemetry: 1+ telemetry gateway exporter queue growth  (telemetry_gateway_exporter_queue_growth)
  [FIRING] warning: telemetry: 0+ telemetrygatewayexporter exporter errors total

worker logs:
  {"SeverityText":"ERROR","Body":"telemetrygatewayexporter: export failed","Attributes":{"error":"rpc error: code = Unavailable desc = connection error: dial tcp: lookup telemetry-gateway.example on 10.96.0.10:53: no such host","batch_size":5000}}

psql:
  SELECT pg_size_pretty(pg_total_relation_size('telemetry_events_export_queue'));
   pg_size_pretty
  ----------------
   212 GB

We're on a restricted network, outbound DNS for that host is blocked by design. The table grows ~8 GB/day and pgsql disk is at 88%. We need this to stop before it fills the disk.
""",
"se/p1", "logs", ["bug"], ["self-hosted"]),

T("need WAU for the board tomorrow, analytics page broken",
"""
#eng-leadership, pasted:

Marisol  17:40  I need weekly active users of code search for the board deck tomorrow 9am
Darnell  17:42  admin analytics page just shows "Error loading data: timeout" for me
Darnell  17:43  tried 3 times, also the "Users" tab
Marisol  17:44  can we get the number any other way? even a rough one
Darnell  17:45  I'll open a ticket with them as urgent
""",
"se/p1", "chat-paste", ["urgent"], []),

T("usage page count too high, many bot",
"""
Hello,

In usage statistic page, monthly active user is 2,950. But we have only ~1,000 human developer. We think service account of CI (they call API every minute) are counted as user. Our contract true-up is calculated with this number, renewal is in 3 week, so very important that number is correct.

How we can exclude bot users from the statistic?

Thanks
Rashid Al-Mansouri
""",
"se/p1", "non-native", ["renewal"], ["enterprise"]),

T("WAU chart dropped to zero last Tuesday",
"",
"se/p2", "one-liner", [], []),

T("How is an 'active user' defined on the analytics page?",
"",
"se/p3", "one-liner", [], []),

T("usage CSV export missing columns",
"""
**Sourcegraph version:** 5.11.2
**Platform information:** Kubernetes

**Steps to reproduce:**
1. Site admin → Users → Download CSV of user activity

**Expected behavior:**
Columns for last active date and event counts, like in 5.9.

**Actual behavior:**
Only username, email and created_at. "Last active" column is gone.

**Additional context:**
We use this monthly to clean up inactive accounts. Can pull from the UI one by one meanwhile.
""",
"se/p2", "template", ["bug"], []),

T("DAU doesn't match our SSO login numbers",
"""
Teams thread:

Ha-eun  09:15  analytics says DAU ~150 but Okta shows ~400 people authenticating to the app daily
Felipe  09:17  maybe people log in and don't do anything?
Ha-eun  09:18  or the IDE extension users aren't counted?
Felipe  09:19  worth asking, we're using the number for the adoption report next month
""",
"se/p2", "chat-paste", ["question"], []),

T("RE: Monthly usage report by email?",
"""
Hi,

Thanks for the answer on the export. The follow-up ask from our director: can the instance email a monthly usage summary (MAU, searches, top features) to a distribution list automatically? Manually screenshotting every month is a pain.

If not possible, please log it as a feature request.

Cheers,
Gareth Pryce
Head of Dev Tooling, Tinworth Games

> On Nov 25, 2026, Sourcegraph Support wrote:
> Hi Gareth, the analytics page can be filtered by date range...
>
>> On Nov 24, 2026, Gareth Pryce wrote:
>> Is there an easy way to get monthly usage stats out of the instance? Also our Perforce
>> repos seem a bit slow to update lately, separate issue, I'll raise it if it continues.
""",
"se/p2", "email-thread", ["feature_request"], []),

T("alert telemetry job error rate",
"""
Hi,

Since last week we see warning "telemetry job error rate" in Grafana, around 5-10%. Nothing else broken for users that we know. Do we need action? Our on-call don't like warning which nobody understand.

Regards
Sanjay
""",
"se/p2", "non-native", [], ["self-hosted"]),

T("Feature request: usage broken down by department",
"""
# Usage by department

We have ~2,500 users across 14 departments. Leadership wants adoption per department.

## Today
- Analytics shows totals only
- We'd have to join user exports with our HR system by hand

## Ask
| Option | Notes |
|---|---|
| Group analytics by SCIM/SAML attribute `department` | ideal |
| Group by org membership | acceptable |

Not urgent — planning for H1 reporting.
""",
"se/p2", "markdown", ["feature_request"], ["enterprise"]),

T("IDE usage not showing in stats",
"""
Our analytics page shows 0 searches from the editor integrations, even though ~200 people use the VS Code plugin daily (I can see them in the access logs hitting /.api/search/stream).

* Web searches are counted fine
* Version 6.0.2, extension latest

> "my team lives in the IDE, so the dashboard says we don't use the tool" — team lead, mobile

Is editor usage counted separately somewhere?
""",
"se/p2", "mixed", [], []),

T("telemetry job throughput warning",
"""
Grafana alert history (last 7d):

  2026-11-28 03:00  warning  telemetry: 90%+ telemetry job utilized throughput   (telemetry_job_utilized_throughput)
  2026-11-29 03:00  warning  telemetry: 90%+ telemetry job utilized throughput
  2026-11-30 03:00  warning  telemetry: 90%+ telemetry job utilized throughput
  ...

Always at 03:00 for ~20 min. That's when our nightly API scripts run. Can the job's batch size be raised, or should we just silence it?
""",
"se/p2", "logs", [], ["self-hosted"]),

T("MAU on our admin page vs. what our account team said",
"""
[13:02] beatriz: our CSM said in the QBR we had 1,340 monthly actives
[13:03] beatriz: admin analytics page says 1,010 for the same month
[13:04] kai: maybe they count differently? timezone? IDE users?
[13:05] beatriz: I'd like one number that's right, asking support
""",
"se/p2", "chat-paste", ["question"], []),

T("analytics page takes forever to load",
"""
On our instance (~9,000 users) the Analytics pages take 60+ seconds and sometimes fail with "timeout". Smaller staging instance loads instantly.

- Version 5.11.6
- pgsql has plenty of headroom (CPU 30%)
- Screenshot of the spinner: https://img.eastvale.example/analytics-spin.png

We only look at it once a month, so not critical, but it's embarrassing when showing it to leadership.
""",
"se/p2", "mixed", ["performance"], []),

T("getting usage numbers via the API",
"""
**Sourcegraph version:** 6.0.1
**Platform information:** <!-- Kubernetes version, cloud provider, Docker version... -->

**Steps to reproduce:**
<!-- A list of steps to reproduce the bug -->

**Expected behavior:**
<!-- What did you expect to happen? -->

**Actual behavior:**
<!-- What happened instead? -->

Question: we'd like to pull DAU/WAU/MAU into our own BI tool. Is there a GraphQL query for the numbers shown on the analytics page? An example would be great.
""",
"se/p3", "template", ["question", "how_to"], []),

T("RE: does using the AI assistant count as being active?",
"""
Hi,

One more question about how the numbers are calculated: if someone only uses the AI assistant in their IDE and never opens the web app, do they show up in DAU/MAU?

We're trying to explain differences between two reports to our leadership, nothing urgent.

Best,
Yara Lindgren
Engineering Operations, Solberg Freight

> On Dec 1, 2026, Yara Lindgren wrote:
> Thanks for explaining the WAU definition, very helpful.
""",
"se/p3", "email-thread", ["question"], []),

T("can we stop sending usage data outside",
"""
Hello,

Our security policy say no data go outside. We want to switch off the usage data sending to Sourcegraph company. Which setting is it? Is it affect licence? Only question for now, no problem.

Thanks
Dmitri Volkov
""",
"se/p3", "non-native", ["question"], ["self-hosted"]),

T("analytics chart tooltip shows dates in US format",
"""
### Cosmetic
On the Analytics page, hovering the chart shows dates like `12/03/2026` even though our browsers are set to `de-DE`. The axis labels use `03.12.2026`.

![tooltip](https://img.hallgarten.example/tooltip-date.png)

Only a cosmetic inconsistency.
""",
"se/p3", "markdown", ["cosmetic"], []),
]
