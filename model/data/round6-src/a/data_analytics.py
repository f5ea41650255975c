from common import t

TEAM = "data-analytics"
TICKETS = [
t("how many people used code search last month?",
"",
"se/p3", "one-liner", [], ["enterprise"]),

t("Analytics page shows 0 active users since upgrade",
"""Sourcegraph version: 5.3.1 (upgraded from 5.2.6 last week)
Platform information: docker-compose

Steps to reproduce: Site admin > Analytics > Users

Expected behavior: ~300 DAU like before
Actual behavior: flat line at 0 since the upgrade day. "Search" and "Code navigation" tabs also 0. People are definitely using it, we see them in the logs.

<!-- Logs? -->""",
"se/p2", "template", [], ["self_hosted"]),

t("What exactly do pings send?",
"""Our data protection officer asks what the pings to Sourcegraph contain. Do they include user names, emails, repo names or code? And can we turn them off on an air-gapped instance (they'd fail anyway)? Need a written answer for our DPIA, no hurry.""",
"se/p3", "plain", [], ["self_hosted", "on_prem"]),

t("telemetry gateway exporter queue growth",
"""Alert firing since Tuesday:

```
warning_telemetry_telemetry_gateway_exporter_queue_growth
  telemetry: 1+ rate of growth of export queue over 30m for 1h0m0s
```
and the frontend log has `telemetrygatewayexporter: failed to export events: rpc error: code = Unavailable desc = connection refused`. Our egress goes through a proxy. Anything we need to allow? Product itself works fine.""",
"se/p2", "logs", [], ["self_hosted"]),

t("User count mismatch: 612 vs 340",
"""Site admin > Users lists 612 users. Analytics says 340 monthly active users. Which number reflects actual usage? We're trying to understand adoption across departments for an internal report; we can also break it down by team if there's a way. (Not asking about our license, that's fine.)""",
"se/p2", "plain", [], ["enterprise"]),

t("usage stats CSV export with per-feature breakdown?",
"",
"se/p3", "one-liner", [], []),

t("How many devs actually use Cody autocomplete?",
"""[Teams] Platform-Tools channel
Jorge Alvarez 09:12
  management wants to know how many of the 400 devs with Cody enabled actually used autocomplete in the last 30 days + how many suggestions were accepted
Wen Li 09:14
  isn't that on the cody dashboard?
Jorge Alvarez 09:15
  only for sourcegraph.com accounts I think, we're self-hosted
Wen Li 09:15
  ok ask support""",
"se/p3", "chat-paste", ["cody"], ["self_hosted"]),

t("telemetry export errors in logs (air-gapped)",
"""We see these every few minutes in frontend logs on our air-gapped install:

```
{"SeverityText":"WARN","InstrumentationScope":"telemetrygatewayexporter","Body":"export failed","Attributes":{"error":"dial tcp: lookup telemetry-gateway.sourcegraph.com: no such host"}}
```
Expected since there's no internet. Can we silence it or disable the exporter? Logs only, no impact.""",
"se/p3", "logs", [], ["on_prem"]),

t("MAU spike in analytics",
"""Our MAU in the analytics dashboard jumped on March 3rd and we didn't onboard anybody new:

| month | MAU (analytics page) | people in HR system with access |
|---|---|---|
| Jan | 512 | 540 |
| Feb | 498 | 541 |
| Mar | 1,903 | 545 |

Could a service account or API token hitting the API count as users? We report this number to leadership.""",
"se/p2", "markdown", [], []),

t("need usage numbers before renewal call on Friday",
"""Hi, our renewal discussion with your team is on Friday. I'd like to bring hard numbers: weekly active users over the last 6 months, and how many used search vs code navigation vs batch changes. The built-in analytics only goes back 90 days for me. Can you help pull longer history?""",
"se/p2", "plain", ["renewal"], ["enterprise"]),

t("telemetry_job_error_rate warning",
"""warning telemetry job error rate

that's it, that's the alert. 5.4.0, k8s. What does the telemetry job do and should we care?""",
"se/p3", "mixed", [], ["self_hosted"]),

t("Batch changes usage stats",
"""-----Original Message-----
From: VP Engineering
Subject: batch changes ROI

> Can we get a number on how many batch changes we ran this year?

Hi Sourcegraph team, forwarding the above. Can we see how many batch changes were created/applied per month and by whom? Leadership wants to measure adoption of the large-scale change workflow. Asking about the numbers only, the feature itself works great.

Thanks, Pavel""",
"se/p3", "email-thread", [], ["enterprise"]),

t("Nutzungsstatistik pro Abteilung",
"""Hallo, wir möchten die Nutzung (aktive User pro Woche) nach Abteilung sehen. Unsere User kommen per SAML, die Abteilung ist ein Attribut im IdP. Ist es möglich, die usage statistics so zu gruppieren oder zu exportieren? Danke!""",
"se/p3", "non-native", [], ["self_hosted"]),

t("Analytics > Users tab blank",
"""In Site admin > Analytics, the Users tab is blank (spinner then white area). The Search and Notebooks tabs load. Console:

```
GraphQL error: site.analytics.users: pq: canceling statement due to statement timeout
```
We have ~4k users and a lot of history. Other analytics pages fine.""",
"se/p2", "mixed", [], ["self_hosted"]),

t("RE: security review - telemetry fields",
"""> > Could you list the event types sent by default?
> Please see attached spreadsheet from our last review.

Hello,

Thanks for the spreadsheet. Our security team still has two open points before they sign off on the pilot:
1. Are usernames or email addresses ever included in the exported events, or only anonymous user IDs?
2. Is the export opt-out, and if disabled, does the in-product analytics page still work?

The pilot starts on the 1st, so we'd appreciate an answer this week.

Best
Saanvi Iyer | Information Security | Quorra Systems""",
"se/p2", "email-thread", ["poc"], ["prospect"]),

t("search usage dropped to zero after move to managed instance",
"""We migrated to a managed Cloud instance two weeks ago. Since then, the analytics "Search" chart shows almost no searches, but our developers are searching all day (we see them complain about other things :) ). DAU looks plausible. Is the search usage statistic broken after migration?""",
"se/p2", "plain", [], ["managed_instance"]),
]
