from common import T

TEAM = "docs"

TICKETS = [
T("Docs site 502 in the middle of our upgrade", "p1", "email_thread", r"""
Hi,

We're in our upgrade maintenance window right now (5.4 → 5.6) and docs.sourcegraph.com returns
"502 Bad Gateway" for every page, including the upgrade notes we need to follow for the migrator
steps. We've tried from the office and from home.

Is there a mirror or an offline copy we can use? The window closes in 3 hours.

Kasimir Lehtonen
Platform Engineer, Tammisto Games

> Sent 20 minutes later: still 502. Google cache doesn't have the versioned page either.
"""),

T("docs down", "p2", "one_liner", r"""
docs.sourcegraph.com has been giving a blank page with "upstream connect error" for the last hour.
"""),

T("Versioned docs page 404", "p3", "web_form", r"""
**Name:** Paloma Ruiz
**Company:** Cierzo Software
**Sourcegraph version:** 5.2.7
**Deployment type:** Kubernetes
**Describe the problem:** The docs for our version give "404 — page not found". Example: docs.sourcegraph.com/@5.2/admin/deploy/kubernetes. The latest version of the same page works, but we're still on 5.2 and need the matching instructions.
**Steps to reproduce:** open the link
**Expected:** 5.2 docs
**Actual:** 404
**Screenshots / logs:**
**How many users are affected:** our 3 admins
**Business impact:**
"""),

T("search box on the docs site returns nothing", "p3", "chat_paste", r"""
<hannes_d> the search field on docs.sourcegraph.com returns "No results" for literally everything, even "install"
<hannes_d> tried firefox + chrome, cleared cache
<hannes_d> browsing by the left menu still works, so not urgent
"""),

T("TLS error on docs site", "p2", "log_paste", r"""
Our build agents fetch a couple of reference pages from the docs during setup and started failing today.
Browsers show a certificate warning too.

$ curl -vI https://docs.sourcegraph.com/admin
*   Trying 203.0.113.41:443...
* Connected to docs.sourcegraph.com (203.0.113.41) port 443
* ALPN: curl offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* TLSv1.3 (IN), TLS handshake, Server hello (2):
* SSL certificate problem: certificate has expired
* Closing connection
curl: (60) SSL certificate problem: certificate has expired

(Checked on 3 networks.) — Dorian Vasquez, Tallgrass CI team
"""),

T("docs page not loading, very slow", "p3", "non_native_english", r"""
Hello,

from our office in Shenzhen the documentation site is loading very very slow, sometimes 1-2 minutes
for one page, sometimes not at all (timeout). Other websites OK. From Singapore office it is fast.

Is there other address or mirror we can use? We need docs for setup new instance.

Thank you
Li Wenjie
"""),

T("La documentation ne s'affiche plus (page blanche)", "p2", "non_english", r"""
Bonjour,

Depuis ce matin, toutes les pages de docs.sourcegraph.com s'affichent en blanc chez nous. Le titre de
l'onglet apparaît, mais le contenu reste vide. Dans la console du navigateur on voit :

  Failed to load resource: the server responded with a status of 404 () — /assets/main.3f8a1c.js
  Uncaught ReferenceError: DocsApp is not defined

Nous avons testé avec Chrome, Firefox et Edge, sur deux réseaux différents. Nous avons besoin de la
documentation pour configurer SAML cette semaine.

Cordialement,
Élodie Marchand
Administratrice systèmes, Garonne Numérique
"""),

T("Upgrade broken", "p2", "misleading_subject", r"""
Hi,

I can't do our upgrade. The "Upgrading Kubernetes" guide on docs.sourcegraph.com links to the
"multi-version upgrade" page and the "migrator" page, and both links lead to "Page not found".
Searching on the docs site for "migrator" also gives nothing. Our instance itself is fine, I just can't
read the instructions.

We planned the upgrade for Wednesday night.

Bartholomew Quayle, Islehaven Utilities
""", note="Subject says upgrade (release), but the instance is fine; the problem is docs pages returning 404 → docs."),

T("[UptimeGuard] DOWN: docs.sourcegraph.com/admin", "p2", "alert_payload", r"""
UptimeGuard monitor alert
-------------------------
Monitor:     "Sourcegraph docs — admin index"
URL:         https://docs.sourcegraph.com/admin
Status:      DOWN (HTTP 503)
Checked from: Frankfurt, Virginia, Singapore
Down since:  2025-12-01 07:58:12 UTC
Previous:    UP for 41d 3h
-------------------------
This ticket was created automatically because Moraine Labs' integration watches vendor documentation
their runbooks link to. Contact: it-ops@moraine.example
"""),

T("FW: several customers hitting docs redirect loop", "p2", "forwarded_note", r"""
Internal note — from #team-support-engineering, forwarded into a ticket so it gets routed:

> Three customers today (Halloway, Brenmoor, Quintus Labs) reported that links to docs.sourcegraph.com
> from the in-product help ("Learn more" links in site admin) end in ERR_TOO_MANY_REDIRECTS. Direct
> visits to the home page work, deep links don't. I reproduced it in incognito. Looks like something in
> the redirect rules. Not a product bug as far as I can tell.
"""),

T("List of broken links on the docs", "p3", "markdown_report", r"""
## Broken links found on docs.sourcegraph.com

We ran a link checker over the admin section while writing our internal runbook:

| page                                   | broken link target                         | status |
|----------------------------------------|--------------------------------------------|--------|
| /admin/config/site_config              | /admin/config/critical_config              | 404    |
| /admin/observability/alerts            | /admin/observability/alert_solutions#...   | 404    |
| /admin/deploy/docker-compose/upgrade   | /admin/updates/docker_compose              | 404    |
| /admin/external_service/gitlab         | /admin/repo/permissions#gitlab             | 404    |

Not urgent, just reporting. — Runbook team, Kinloch Data
"""),

T("docs sidebar vanished", "p3", "chat_paste", r"""
mara.k 4:02 PM  the left navigation menu on the docs site is gone since today, just the page content
mara.k 4:02 PM  can't find the helm page without it lol
mara.k 4:03 PM  on mobile the hamburger icon doesn't open anything either
"""),

T("Docs blocked by our proxy after hosting change?", "p3", "email_thread", r"""
Hi,

Our corporate proxy started blocking docs.sourcegraph.com pages last week. The proxy team says the page
now loads scripts and fonts from a new third-party domain that isn't on their allowlist, and that
some requests are plain http (mixed content). Did the docs site move hosting? Can you tell us which
domains the docs site needs so we can allowlist them?

Best,
Ragnhild Eide
Network Security, Hordaland Kraft

> From: Proxy team
> Blocked: 38 requests to non-allowlisted hosts from docs.sourcegraph.com in the last 7 days.
"""),

T("Docs site down + upgrade path question", "p2", "mixed_problems", r"""
Hi,

docs.sourcegraph.com isn't loading at all for us since this morning (connection timed out, several
networks). That's the real problem, we can't look anything up.

Once it's back I'll probably find it myself, but: can we go 5.3 → 5.6 directly with docker-compose?

Thanks, Nikolai Petrov — Volga Byte
""", note="Mixed: docs site outage dominates; the upgrade-path side question would be release."),

T("Offline copy of the docs for air-gapped site", "p3", "web_form", r"""
**Name:** Hyun-woo Park
**Company:** Seorak Defence Systems
**Sourcegraph version:** 5.6.185
**Deployment type:** air-gapped Kubernetes
**Describe the problem:** Our engineers inside the air-gapped network can't reach docs.sourcegraph.com at all. Is there a downloadable offline/static bundle of the docs site for a given version?
**Steps to reproduce:**
**Expected:**
**Actual:**
**Screenshots / logs:**
**How many users are affected:**
**Business impact:**
""", note="Not an outage, but about access to the docs site itself (not content owned by an engineering team) → docs."),

T("docs 503 with headers", "p2", "log_paste", r"""
$ curl -sI https://docs.sourcegraph.com/cody/clients/install-vscode
HTTP/2 503
content-type: text/html; charset=utf-8
retry-after: 120
x-cache: MISS
server: edge-proxy
date: Mon, 01 Dec 2025 09:41:07 GMT

$ curl -sI https://docs.sourcegraph.com/
HTTP/2 200

Every page below the root has been 503 for us for about 45 minutes. We're onboarding 60 devs to the
IDE extension today and our onboarding guide links there. — Fern Whitlock, Alderbury Tech
"""),

T("docs page for cody 'page not found'", "p3", "non_native_english", r"""
Hi,

the page of docs for Cody install in JetBrains show "Page not found" since morning. The link is from
your own email newsletter. Other pages are working. Please fix the page or send correct link.

Regards
Ahmed Farouk
"""),

T("docs slow", "p3", "one_liner", r"""
docs.sourcegraph.com is super slow today, each page 10+ seconds.
"""),

T("Site de documentação fora do ar", "p2", "non_english", r"""
Olá,

O site docs.sourcegraph.com está fora do ar para nós desde as 8h (horário de Brasília). Aparece
"ERR_CONNECTION_RESET" em todos os navegadores, em duas redes diferentes (escritório e 4G).

Estamos no meio da configuração do SAML e precisamos da documentação. Vocês sabem se é um problema geral?

Obrigada,
Juliana Pacheco
Infraestrutura, Cerrado Tecnologia
"""),

T("GraphQL API reference page never loads", "p3", "email_thread", r"""
Hi,

The GraphQL API reference on the docs site just shows a spinner forever ("Loading schema…").
The rest of the docs work fine. We're writing some internal scripts and use that page a lot.
No rush.

Thanks,
Quentin Ashby
Automation, Brackwater Insurance

> Tried on Chrome 131 and Safari 18, same thing.
"""),
]
