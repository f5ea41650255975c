from common import T

TEAM = "data-analytics"

TICKETS = [
T("Analytics page shows 0 active users since upgrade", "p2", "email_thread", r"""
Hi,

Since we upgraded to 5.6.2140 on the 20th, Site admin → Analytics shows 0 daily/weekly active users
for every day after the upgrade. Before that the history looks normal (~1,100 WAU). People are
obviously using the instance — search is busy.

We present these numbers to our CIO monthly to justify the licence, next meeting is Dec 15.

Thanks,
Oyelaran Adebayo
Tools & Automation, Kestrelmark Bank

> From: Support
> Hi Oyelaran, could you confirm if you changed anything related to telemetry or event logging?
>> From: Oyelaran Adebayo
>> Not that I know of. We did move the frontend behind a new load balancer the same week.
"""),

T("telemetrygatewayexporter_exporter_errors_total firing", "p3", "alert_payload", r"""
source: grafana-alerts@sg-prod (self-hosted, Ravensgate Logistics)
alertname: telemetrygatewayexporter_exporter_errors_total
service: telemetry
level: warning
summary: telemetry: 0+ events exported from queue errors every 30m for 1h
value: 14
first_seen: 2025-11-30T12:00:00Z

-- note from Ravensgate admin: we're behind an egress proxy, maybe that's it. No user impact, just
want to know if we need to do anything.
"""),

T("MAU in admin doesn't match what CE showed us", "p2", "forwarded_note", r"""
Forwarded from the Frostvale account channel (CE: Dana Whitcombe)

> In the QBR we showed Frostvale 1,420 monthly active users (from our side). Their admin says their
> site-admin analytics page shows 980 MAU for the same month. Their VP now questions which number is
> right and whether they're overpaying. Can someone explain how the two are calculated and why they
> differ? Not a billing dispute (yet), they just want a clear explanation before budget planning.
""", note="Mentions seats/paying, but the question is how usage stats are computed → data-analytics."),

T("export WAU per team", "p3", "one_liner", r"""
How can I export weekly active users broken down by team/org for the last 6 months?
"""),

T("Estadísticas de uso de Cody vacías", "p3", "non_english", r"""
Hola,

En Site admin → Analytics, la sección de Cody no muestra datos (gráficos vacíos, "No data"), aunque
unos 120 desarrolladores lo usan todos los días en VS Code. Las estadísticas de búsqueda sí aparecen.

¿Hace falta activar algo para que se registren los eventos de Cody desde los IDE?

Versión 5.5.2463, Kubernetes.

Saludos,
Martín Echeverría
Ingeniería de Plataforma, Andina Seguros
"""),

T("License overage?", "p3", "misleading_subject", r"""
Hello,

Our licence is for 400 users. The usage page says 462 "active users" last month. Are we over our
licence? I read somewhere that bots and API tokens count too — our CI service account makes thousands
of API calls a day. Can you explain what exactly counts as "active" in these stats, and whether API-only
accounts are included?

Roisin Gallagher, Tir na Code Ltd (5.6.185)
""", note="Subject suggests a licensing (sales-ce) question; actual ask is the definition of active users in usage statistics."),

T("What data does telemetry send?", "p3", "web_form", r"""
**Name:** Ulrich Baumgartner
**Company:** Steirer Medizinprodukte
**Sourcegraph version:** 5.6.2140
**Deployment type:** Kubernetes
**Describe the problem:** Our data protection officer asks exactly which usage events leave our network, where they go, and whether we can restrict them to aggregated counts only. Is there a list of events?
**Steps to reproduce:**
**Expected:**
**Actual:**
**Screenshots / logs:**
**How many users are affected:**
**Business impact:** DPO sign-off needed for renewal
"""),

T("usage csv has duplicate users", "p3", "chat_paste", r"""
[11:30] emily.w: downloaded the user activity csv from site admin
[11:31] emily.w: lots of people appear twice, once with email and once with username, different event counts
[11:31] emily.w: e.g. "rchen" and "r.chen@harbourline.example"
[11:32] emily.w: makes my usage report look inflated. which row is right?
"""),

T("telemetry export errors in worker logs", "p3", "log_paste", r"""
Seeing these every ~10 minutes in the worker container. Everything else seems fine.

{"SeverityText":"WARN","Timestamp":1764590400000000000,"InstrumentationScope":"telemetrygatewayexporter","Body":"failed to export events","Attributes":{"batch":5000,"error":"rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp: lookup telemetry-gateway on 10.0.0.2:53: no such host\""}}
{"SeverityText":"INFO","Timestamp":1764590400100000000,"InstrumentationScope":"telemetrygatewayexporter","Body":"retrying later","Attributes":{"queued":182340}}

Queue keeps growing. Do we need to allow some endpoint through our firewall, or can we turn this off?
Hedgerow Farms Software, 5.6.185
"""),

T("DAU drop in February looks like counting bug", "p2", "markdown_report", r"""
# DAU drop that doesn't match reality

## Observed
| month | avg DAU (site admin) |
|-------|----------------------|
| Nov   | 612                  |
| Dec   | 598                  |
| Jan   | 605                  |
| Feb   | 341                  |

## What changed in February
- We switched login from builtin + GitLab OAuth to SAML only (Feb 3).
- Headcount went *up* in February.

## Hypothesis
Users who log in via SAML are counted differently, or old+new accounts split the events.

## Ask
Can the usage numbers be corrected/backfilled? Our engineering-productivity report uses them.
"""),

T("users per day chart wrong date", "p3", "non_native_english", r"""
Hello,

in the admin analytics the chart "users per day" show the activity of Monday on Sunday. Always one day
before. I think it is timezone problem, we are in Japan (UTC+9). Our instance server is in UTC.

Is possible to set timezone for the charts? Thank you.

Kenji Watanabe
"""),

T("usage stats + search slow", "p3", "mixed_problems", r"""
Hi,

Main question: I need the number of unique users who ran a search each week in Q4 for a report. The
analytics page only shows totals, not "unique searchers". Is there a way to get that (API, SQL, export)?

Also search felt a bit slow this morning but it's fine now, so ignore that unless you see something.

Thanks, Gideon Ashworth — Fallowmere Retail (5.5)
"""),

T("Need Cody adoption numbers by Friday", "p2", "email_thread", r"""
Hi support,

Our SVP wants Cody adoption numbers for a board slide on Friday: weekly active Cody users, number of
chats, and accepted completions per week since we enabled it in September.

The Cody analytics page shows some charts but I can't export them, and the numbers look lower than
what our own IDE survey suggests. Could you either help me pull the numbers or explain how they're
counted?

Thank you,
Ottilie Brandt
Engineering Effectiveness, Kranzberg Automotive

> Ottilie: FYI we have 900 seats of Cody.
"""),

T("FW: customer wants search usage by repo", "p2", "forwarded_note", r"""
Internal note from CSM (Hollis Grant):

Marrowdale Pharma asked whether they can see which repositories are searched most, so they can decide
which legacy repos to archive. Today's analytics only shows instance-wide search counts. This is a
feature request from their side; they'd also accept an API or a raw event export.
"""),

T("[warning] telemetry_job_error_rate", "p2", "alert_payload", r"""
Alertmanager → ticket bridge (Lindenhof Systemhaus)

[FIRING:1] telemetry_job_error_rate (telemetry)
  level: warning
  summary: telemetry: 0%+ usage data exporter operation error rate over 5m for 30m
  value: 100%
  instance: worker-5f9c7-jh2xs
  since: 2025-11-28T16:45Z

Note: 100% error rate since Friday afternoon. Our admin analytics charts also stopped updating Friday.
"""),

T("DAU definition", "p3", "one_liner", r"""
What counts as a "daily active user" in Sourcegraph's stats — just opening a page, or doing a search?
"""),

T("Usage statistics page times out", "p2", "web_form", r"""
**Name:** Wiremu Tane
**Company:** Kōwhai Digital
**Sourcegraph version:** 5.5.2463
**Deployment type:** docker-compose
**Describe the problem:** Site admin → Usage statistics spins for ~2 minutes then shows "Error: timeout". Other admin pages load fine. We have ~5,000 users and 3 years of history.
**Steps to reproduce:** open the page
**Expected:** charts
**Actual:** timeout
**Screenshots / logs:** frontend: `GraphQL query site.usageStatistics exceeded 60s`
**How many users are affected:** admins only
**Business impact:** monthly reporting blocked
"""),

T("利用状況の週次レポートについて", "p3", "non_english", r"""
お世話になっております。

管理画面の Analytics で、週ごとのアクティブユーザー数 (WAU) を部門別に出したいと考えています。
現状では全体の数値しか表示されないようですが、部門 (SAML の属性で持っています) ごとの
集計は可能でしょうか。API や CSV エクスポートでも構いません。

バージョン: 5.6.185

よろしくお願いいたします。
高橋 直樹
株式会社アサヒナ・ソフトウェア 情報システム部
"""),

T("Purge departed employee's activity data", "p2", "email_thread", r"""
Hello,

A former employee has filed a GDPR erasure request. We deleted his Sourcegraph account, but our DPO
wants confirmation that his usage/activity events (searches, page views) are also removed from the
usage data and from anything that was already sent to Sourcegraph as telemetry.

How can we verify this on our self-hosted instance, and can you confirm the Sourcegraph side?
We need to respond to the request within 30 days (by Dec 22).

Regards,
Marguerite Lefèvre
Data Protection Office, Ardennes Logistique
"""),

T("Grafana dashboard wrong", "p3", "misleading_subject", r"""
Hi, the dashboard is wrong. The "Active users" chart under Site admin → Analytics → Users shows 3
users on Saturday, but our building was closed and VPN logs show 0 logins. Are bots / service
accounts included in that chart? (To be clear, I mean the built-in admin page, not Grafana.)

Pieter Jansen, Duinwijk Software (5.6.185)
"""),
]
