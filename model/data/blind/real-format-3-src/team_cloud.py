from common import T

TEAM = "cloud"

TICKETS = [
T("Our hosted instance returns 502 for everyone", "p0", "email_thread", r"""
Hi,

Our Sourcegraph instance that you host for us (https://sourcegraph.arcturus.example, managed instance)
has been returning "502 Bad Gateway" for every page since 05:40 UTC. API calls from our CI fail the
same way. We have no access to the infrastructure, so there's nothing we can do on our side.

All ~1,100 engineers are affected. Please escalate.

Dominika Wróbel
Head of Developer Productivity, Arcturus Payments

> Sent 06:12 UTC: status page says all systems operational, but we're down.
> Sent 06:40 UTC: still down. Any update?
"""),

T("sourcegraph.com can't find a popular repo", "p3", "one_liner", r"""
Searching public code on sourcegraph.com doesn't return anything from the repo I maintain (1.2k stars, public), even with repo: filter. How does it get added?
"""),

T("Request: schedule upgrade of our managed instance", "p3", "web_form", r"""
**Name:** Hamish Drummond
**Company:** Loch Varra Energy
**Sourcegraph version:** 5.5 (managed by Sourcegraph)
**Deployment type:** Managed instance
**Describe the problem:** We'd like our managed instance upgraded to the latest 5.6 release for the new batch changes features. Can you tell us when the next upgrade is planned, and can it happen outside 08:00–18:00 GMT?
**Steps to reproduce:**
**Expected:**
**Actual:**
**Screenshots / logs:**
**How many users are affected:**
**Business impact:** not urgent
"""),

T("Managed instance can't reach our GitLab behind firewall", "p2", "email_thread", r"""
Hello,

We're onboarding onto the managed instance and want to connect our self-hosted GitLab
(gitlab.tamsin.internal, reachable only from our corporate network). The connection shows
"dial tcp: i/o timeout".

Our network team needs the egress IP addresses of the managed instance to allowlist, or do you offer
a private connectivity option (VPN / private link)? Which one is recommended?

Thanks,
Ole Brandvold
Cloud Networking, Tamsin Industrier

> Internal (AE): they're a new logo, go-live target mid-December.
""", note="Code host connectivity is normally source, but this is managed-instance networking/egress → cloud."),

T("our cloud instance super slow since yesterday", "p1", "chat_paste", r"""
[shared Slack channel #ext-sourcegraph-corvina]
lukas.h (Corvina)  10:14  hey folks, our Sourcegraph (the one you host) has been painfully slow since yesterday afternoon
lukas.h (Corvina)  10:14  pages take 10-20s, searches often time out
lukas.h (Corvina)  10:15  nothing changed on our end, we didn't add repos or users
lukas.h (Corvina)  10:16  it's the main tool for our incident responders, they're grumbling loudly
sg-support          10:18  thanks Lukas, looking into it — is that sourcegraph.corvina.example?
lukas.h (Corvina)  10:18  yes
"""),

T("[Cloud ops] pods_available_percentage frontend < 90% — customer instance", "p1", "alert_payload", r"""
Alert: pods_available_percentage
Service: frontend
Level: critical
Deployment: managed instance "thornbury-prod" (region us-central)
Value: 50% (1/2 pods available) for 20m
Summary: frontend: less than 90% percentage pods available for 10m0s
Auto-forwarded to support by cloud alert relay (P3 policy: notify support for customer-visible risk)

Customer context from account notes: Thornbury Health, ~600 users, business hours US Eastern.
No customer report yet.
""", note="Infra Org-owned alert (frontend pods) on a managed instance → cloud per handbook's managed-instance rule."),

T("Mudar região da instância gerenciada", "p3", "non_english", r"""
Olá equipe,

Nossa instância gerenciada (managed instance) está hoje na região dos EUA. Por exigência de
compliance (LGPD), nosso jurídico pediu para avaliarmos a migração para uma região no Brasil
(São Paulo) ou, no mínimo, na América do Sul.

Isso é possível? Qual seria o downtime esperado e o processo? Não é urgente, estamos apenas
levantando informações para o planejamento de 2026.

Obrigado,
Rafael Nogueira
Arquiteto de Plataforma, Ipê Pagamentos
"""),

T("Delete my sourcegraph.com account", "p2", "non_native_english", r"""
Hi,

I created account on sourcegraph.com long time ago with my work GitHub. Now I leave the company and I
want delete the account and all my data (GDPR). I dont find delete button in settings.

Please delete, username is "k-ostrowski-dev". Thank you.

Krzysztof Ostrowski
"""),

T("Batch changes broken on our instance", "p2", "misleading_subject", r"""
Hi,

Batch changes are broken on our instance — every batch spec sits in "Queued" forever when we run it
server-side. Locally with src batch it works.

Someone on your team mentioned during onboarding that server-side runs need "executors", which we
don't manage because this is the managed instance you run for us (sourcegraph.ridgeline.example).
Could you check if they are provisioned/enabled for us?

Ana Lucía Paredes, Ridgeline Outfitters
""", note="Looks like Batch Changes (code-search) but the root issue is executors on a managed instance → cloud."),

T("FW: Selvatico wants to move from self-hosted to managed", "p2", "forwarded_note", r"""
---------- Forwarded note from CE (Jeannette Kluge) ----------
Selvatico Group (self-hosted 5.4 on VMware, ~2,400 users) is fed up with running upgrades themselves
and wants to move to a managed instance by end of Q1. Questions they asked me:
 - can their user accounts, saved searches, code monitors and batch change history be migrated?
 - how long is the cut-over downtime?
 - SAML config: can they keep the same entity ID?
Can support loop in the right people and set up a planning call? Their renewal is tied to this.
-----------------------------------------------------------------
"""),

T("Certificate expired on our Sourcegraph URL + quick question on insights", "p0", "mixed_problems", r"""
Hi!!

Everybody gets "Your connection is not private — NET::ERR_CERT_DATE_INVALID" when opening
https://code.fennmoor.example since midnight. It's the managed instance you run for us, we pointed our
custom domain at it last year. Browsers block access; the IDE extensions fail with TLS errors too.
So for practical purposes Sourcegraph is down for all 800 of us.

(Less important: when this is fixed I also wanted to ask whether Code Insights can show data per team.)

Siobhan Kearns, Fennmoor Software
"""),

T("Audit log export for SOC 2", "p2", "email_thread", r"""
Hello,

Our SOC 2 auditors want 12 months of Sourcegraph audit logs (logins, permission changes, admin actions)
from our managed instance. Since we don't have access to the underlying logging infrastructure, can you
export them for us, or stream them to our SIEM going forward?

Audit fieldwork starts January 12th.

Best regards,
Yvonne Castellane
GRC Lead, Mercerbrook Capital
"""),

T("CI gets 403 from our hosted Sourcegraph", "p1", "log_paste", r"""
Our CI pipelines (runners in our own AWS account) started failing this morning when uploading
code-intel indexes and running src batch against our managed instance:

$ curl -sv -H "Authorization: token $SRC_ACCESS_TOKEN" https://sourcegraph.quillon.example/.api/graphql -d '{"query":"{ currentUser { username } }"}'
< HTTP/2 403
< content-type: text/html
< x-request-id: 9b7e2c1a-55e0-4c1e-9d3e-0f4a8f2e7d11
<html><body><h1>403 Forbidden</h1>Request blocked by security policy.</body></html>

From a laptop on the office network the same command works. Did something change in the WAF / IP rules
on your side? All ~400 pipelines that depend on it are red.

Quillon Systems, platform team
"""),

T("private code on sourcegraph.com?", "p3", "non_native_english", r"""
Hello, we are small startup (8 developer). Is possible to add our private GitHub repos to sourcegraph.com
and search them there, or we need to buy own instance? We dont want to host anything ourself.

Thanks, Tomasz
"""),

T("Daily latency spike at 02:00 UTC on managed instance", "p2", "markdown_report", r"""
# Daily slowdown, managed instance (sourcegraph.halvard.example)

## Observation
Every night between ~02:00 and ~02:40 UTC, searches take 15–40s and some API calls time out.
Our APAC team (Singapore, Sydney) works during that window and has been complaining for two weeks.

## Data
| date  | p95 search latency 01:00–02:00 | p95 02:00–03:00 |
|-------|-------------------------------|-----------------|
| 24.11 | 1.2s                          | 28.4s           |
| 25.11 | 1.1s                          | 31.0s           |
| 26.11 | 1.3s                          | 26.7s           |

(measured with our synthetic checker calling the search API every minute)

## Guess
Backups or maintenance job on your side? Could it be moved to a weekend window?
"""),

T("is sourcegraph.com down?", "p2", "chat_paste", r"""
<gregor_k> is sourcegraph.com down for anyone else? getting "Something went wrong" on every search
<gregor_k> been like this for ~20 min, tried two browsers and my phone
<gregor_k> i use it to look up how other projects call an API, not paying customer, just fyi
"""),

T("Custom domain for managed instance", "p3", "web_form", r"""
**Name:** Beatriz Saldanha
**Company:** Oporto Labs
**Sourcegraph version:**
**Deployment type:** Managed instance
**Describe the problem:** We'd like to use code.oportolabs.example instead of the default hostname. What DNS records do we need and who handles the TLS certificate?
**Steps to reproduce:**
**Expected:**
**Actual:**
**Screenshots / logs:**
**How many users are affected:**
**Business impact:**
"""),

T("are we affected by today's incident?", "p2", "one_liner", r"""
Your status page mentions degraded search on "some managed instances" — is ours (sourcegraph.brisa.example) one of them? Searches feel slow.
"""),

T("License renewal", "p3", "misleading_subject", r"""
Hi,

We've just renewed and went from 300 to 750 seats. The renewal itself is all done with our account
manager, no questions there.

What we need now: the managed instance you run for us (sourcegraph.kittering.example) is already a bit
sluggish at 300 users. Can you scale it up before the new users are onboarded on January 5th? Do we need
to request a bigger instance size somewhere?

Thanks, Marit Solberg — Kittering AS
""", note="Subject says license renewal; renewal is done, the ask is resizing the managed instance → cloud, not sales-ce."),

T("Managed Instance: Wartungsfenster verschieben", "p3", "non_english", r"""
Hallo,

laut Ihrer E-Mail ist für unsere Managed Instance (sourcegraph.elbtal.example) am Donnerstag von
10:00–11:00 MEZ ein Wartungsfenster für das Upgrade geplant. Genau da haben wir ein Release mit
Code-Freeze und brauchen die Suche.

Können wir das Upgrade auf den Abend (ab 19:00 MEZ) oder auf Samstag verschieben?

Danke und Grüße
Florian Henning
Teamleiter DevOps, Elbtal Versand GmbH
"""),
]
