from common import T

TEAM = "data-analytics"

TICKETS = [
T("Usage stats show 0 users since upgrade",
r"""
Sourcegraph version: 5.3.1
Platform information: Kubernetes (helm)

Steps to reproduce:
1. Site admin > Analytics (or Usage statistics)
2. look at daily/weekly active users

Expected behavior: ~350 daily users like before
Actual behavior: flat 0 since the day we upgraded (the 12th). People are definitely using the instance, search works etc.

<!-- screenshots -->
https://pics.example/usage-zero.png
""",
"se/p2", "template", tags=[], org_tags=["self_hosted"]),

T("how many people used Cody last month?",
r"""
Our VP wants to know how many distinct users used Cody (chat or autocomplete) in March, and ideally per team. Where do I find that? Site admin only shows totals.
""",
"se/p3", "plain", tags=["cody"], org_tags=["enterprise"]),

T("what counts as an 'active user' in DAU/WAU/MAU? our numbers don't match yours",
r"""
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("pings from air-gapped instance",
r"""
Hi, our instance has no outbound internet. Frontend logs keep printing `updatecheck: failed to send ping: dial tcp: lookup pings.sourcegraph.com: no such host`. Is there a way to disable the pings, or to send the usage data manually (e.g. export a file) since our contract requires reporting usage? Nothing is broken.
""",
"se/p3", "logs", tags=[], org_tags=["on_prem"]),

T("telemetry export queue growing",
r"""
Grafana alert since the weekend on our self-hosted instance:

  warning telemetry: telemetry gateway exporter queue growth
  panel "Telemetry event payloads pending export" -> 2.3M and rising

We do allow outbound to Sourcegraph. Does this matter? Will the queue fill up the database?
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("telemetrygatewayexporter errors",
r"""
worker logs, every 10 min:

{"SeverityText":"ERROR","Body":"telemetrygatewayexporter.exporter: failed to export events","Attributes":{"batch":5000,"error":"rpc error: code = PermissionDenied desc = license key not authorized for telemetry export"}}
{"SeverityText":"ERROR","Body":"telemetrygatewayexporter.exporter: failed to export events","Attributes":{"batch":5000,"error":"rpc error: code = PermissionDenied desc = license key not authorized for telemetry export"}}

alert `telemetrygatewayexporter_exporter_errors_total` is firing too. License is valid, renewed last month. Everything else works.
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("CSV export of user activity",
r"""
Hola, ¿hay forma de exportar la actividad por usuario (última fecha activa, número de búsquedas) en CSV? Es para la revisión trimestral de licencias, queremos recuperar asientos de gente que no lo usa. Gracias.
""",
"se/p3", "non-native", tags=[], org_tags=["enterprise"]),

T("Your user counts vs our SSO logins - renewal depends on this",
r"""
Hi,

> > Your CE mentioned you'd share the usage report we discussed.

Thanks. The report you sent shows 640 monthly active users for May. Our Okta logs show only 410 distinct people signed in to Sourcegraph that month. We are being asked to renew at 650 seats based on that number. Before we sign, we need to understand how MAU is counted: are API/token users, bots, or users of the browser extension counted? Is a user counted twice if they use two devices?

Our renewal decision meeting is on the 14th and right now the numbers don't hold up.

Kind regards,
Frederik Dahl
IT Finance | Aaskov Group
""",
"se/p1", "email-thread", tags=["renewal"], org_tags=["enterprise"]),

T("Analytics page blank",
r"""
Site admin > Analytics > Search: page loads, then the charts are empty and there's a red "Error: Cannot query field 'searchUsage' on type 'SiteAnalytics'". Other analytics tabs (Users, Code intel) work. Docker compose, 5.2.3.
""",
"se/p2", "mixed", tags=[], org_tags=[]),

T("SECURITY: private repo names in pings",
r"""
Our data protection team inspected the outbound ping payload from our instance (we mirror outbound traffic for audit). It contains what look like full private repository names and some search query strings, e.g.:

  "repo_names_sample": ["github.corp.example/secret-projects/merger-x", ...]
  "search_queries_sample": ["repo:merger-x AcquisitionTarget"]

Our understanding from your docs was that pings contain only aggregate counts. This is a potential disclosure of confidential M&A information. We've blocked the endpoint. Please escalate.
""",
"se/p0", "plain", tags=["security"], org_tags=["self_hosted", "enterprise"]),

T("how many of our users created or applied a batch change in the last 90 days?",
r"""
deciding whether to keep funding the internal training
""",
"se/p3", "one-liner", tags=[], org_tags=["managed_instance"]),

T("weekly actives per department",
r"""
[Teams #eng-leadership]
Grace L.: can we get weekly active sourcegraph users by department? CFO asks every quarter
Mohan R.: the admin page only has totals
Grace L.: can sourcegraph give us something with email so we can join on HR data?
Mohan R.: I'll ask them
""",
"se/p3", "chat-paste", tags=[], org_tags=["enterprise"]),

T("estatísticas de uso por usuário",
r"""
Olá, precisamos saber quantos usuários usaram o Sourcegraph nos últimos 3 meses (ativos por mês) para o relatório interno. Onde encontro isso? O painel de admin mostra só um gráfico, não dá pra exportar. Obrigado!
""",
"se/p3", "non-native", tags=[], org_tags=[]),

T("Re: usage report needed by Friday",
r"""
Hi Sourcegraph Support,

Following up on my colleague's request below.

> From: Jonas Peltonen
> Could you provide a usage summary (monthly active users, searches per month) for the last 12 months? Our board review deck is due Friday.

The in-app analytics only goes back 3 months for us. Is there any way to get the 12-month history, from your side (pings) or ours?

Thank you,
Aino Virtanen
Engineering Operations | Lumikki Oy
""",
"se/p2", "email-thread", tags=[], org_tags=["self_hosted"]),

T("deleted users still counted as active",
r"""
We deleted ~80 accounts of people who left the company in March. The usage statistics still count them as active users in April (user list shows them gone). Makes our adoption metrics look better than reality, which is not what we want. 5.2.x self-hosted.
""",
"se/p2", "plain", tags=[], org_tags=["self_hosted"]),

T("telemetry job error rate",
r"""
critical_telemetry_telemetry_job_error_rate   firing 2d
""",
"se/p2", "one-liner", tags=[], org_tags=["self_hosted"]),

T("'searches per day' chart drops to zero",
r"""
## What we see
The "Searches" chart in Site admin > Analytics drops to 0 on weekdays since the 3rd, but people are searching all day (our search latency dashboards show normal traffic, and results are fine).

## Checked
- search works for everyone
- `curl -s https://sg.aldmark.internal/.api/search/stream?q=test` returns results
- Users chart still shows ~200 daily actives

## Question
Why would search events stop being counted? We report these numbers to management.
""",
"se/p2", "markdown", tags=[], org_tags=["self_hosted"]),

T("MAU export?",
r"""
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("wie viele nutzen code insights",
r"""
hallo, wie viele unserer user nutzen code insights wirklich (ansehen oder erstellen)? manager fragt ob wir die dashboards weiter pflegen sollen. gibt es dafür eine statistik? danke
""",
"se/p3", "non-native", tags=[], org_tags=[]),

T("Our account shows no activity - CE says renewal numbers missing",
r"""
Our CE told us that on your side our instance has reported no usage data since March, so they can't prepare the renewal proposal based on usage, and the renewal is at risk of being priced on the full seat count. Outbound firewall rules changed in March (new egress proxy). We do see the instance making HTTPS calls through the proxy, but maybe the telemetry endpoint is blocked. Which hosts/ports need to be allowed, and can the missing months be re-sent?
""",
"se/p1", "plain", tags=["renewal"], org_tags=["self_hosted", "enterprise"]),
]
