from common import T

TEAM = "docs"

TICKETS = [
T("docs.sourcegraph.com returning 502",
r"""
Hi, docs.sourcegraph.com has been giving "502 Bad Gateway" for about 30 minutes, for me and for my colleagues in two different offices (also from my phone on 4G, so it's not our proxy). We're in the middle of an upgrade and need the upgrade notes. Is there a mirror?
""",
"se/p1", "plain", tags=[], org_tags=["self_hosted"]),

T("'Learn more' links in site admin go to 404",
r"""
Sourcegraph version: 5.3.4
Platform information: docker compose

Steps to reproduce:
1. Site admin > Code host connections > Add GitHub
2. click "Learn more" under the token field

Expected behavior: docs page about the token
Actual behavior: docs site shows "404 - Page not found". Same for the "Learn more" link on the Executors page. Several other links from the admin UI too.
""",
"se/p2", "template", tags=[], org_tags=["self_hosted"]),

T("docs search doesn't return anything",
r"""
[Slack #sourcegraph-admins]
hugo.b: is the search on the sourcegraph docs site broken for you too?
hugo.b: "No results" for helm, saml, batch changes, even "install"
edda.v: yep since yesterday. I just click through the left menu
hugo.b: fine, but slow. raising it with them
""",
"se/p2", "chat-paste", tags=[], org_tags=[]),

T("docs.sourcegraph.com dead for anyone else??",
r"""
""",
"se/p1", "one-liner", tags=[], org_tags=[]),

T("Re: Certificate error on documentation site",
r"""
Dear Support,

> > Could you tell us which URL and the exact browser error?

Thank you for the fast reply. The URL is https://docs.sourcegraph.com/admin and the error is "NET::ERR_CERT_COMMON_NAME_INVALID" in Chrome, "SEC_ERROR_UNKNOWN_ISSUER" in Firefox. Our colleagues in Osaka office see the same since this morning JST. The main sourcegraph.com site opens without error. Our instance itself works fine.

We can read the documentation by ignoring the warning but our security policy does not allow this.

Best regards,
Takeshi Morita
Infrastructure Group, Sakuragawa Electronics
*******************************************
This e-mail is confidential. If you are not the intended recipient, please notify the sender.
*******************************************
""",
"se/p2", "email-thread", tags=[], org_tags=["enterprise"]),

T("broken anchor links on Helm page",
r"""
The table of contents on the Kubernetes Helm install page has links like #configure-storage-class that don't jump anywhere - the headings seem to have different ids now. Also the link "see upgrading notes" at the bottom points to /admin/updates/kubernetes_helm which is a 404. Content itself looks fine. Minor.
""",
"se/p3", "plain", tags=[], org_tags=[]),

T("versioned docs 404",
r"""
Links to docs for our version (https://docs.sourcegraph.com/@5.1/admin/config/site_config) give 404. The unversioned page works but describes settings that don't exist in 5.1 yet. We are pinned to 5.1 for another quarter and our runbooks link the versioned pages.
""",
"se/p2", "plain", tags=[], org_tags=["self_hosted"]),

T("offline copy of the docs for air-gapped network?",
r"""
Hallo, unsere Entwickler-Netze haben keinen Internetzugang. Gibt es eine Offline-Version der Dokumentation (z.B. als Docker image oder ZIP), die wir intern hosten können? Früher gab es glaube ich `sourcegraph/docs` image? Danke!
""",
"se/p3", "non-native", tags=[], org_tags=["on_prem"]),

T("Cody documentation link in VS Code welcome view -> 404 on docs site",
r"""
fyi
""",
"se/p3", "one-liner", tags=["cody"], org_tags=[]),

T("docs pages loading forever, no images",
r"""
[#it-helpdesk]
ryan.c 10:14  anyone else find the sourcegraph docs unusable today? pages take 30s+ and screenshots are broken images
aiko.s 10:15  yes, CSS loads sometimes, sometimes page is plain html
ryan.c 10:16  tried from home network too, same
aiko.s 10:17  I'll open a ticket with them
""",
"se/p2", "chat-paste", tags=[], org_tags=[]),

T("docs search sends me to old versions",
r"""
When I search the docs for "executors" the first results open pages from old versions (3.x) with a banner "You are viewing an outdated version". Not a blocker, I just have to remember to click through. Could the search prefer the current docs?
""",
"se/p3", "plain", tags=[], org_tags=[]),

T("Broken links report",
r"""
# Broken links on docs site

Our internal link checker runs weekly against pages we reference in our wiki. This week's result:

| Page | Link | Status |
|------|------|--------|
| /admin/auth | /admin/auth/saml/okta | 404 |
| /admin/observability/alerts | /admin/observability/alert_solutions#zoekt | 404 |
| /batch_changes/quickstart | /batch_changes/references/batch_spec_yaml_reference | 404 |
| /code_insights | /code_insights/references/common_reasons_code_insights_may_not_match_search_results | 301 -> 404 |

Sharing in case it's useful, nothing urgent.
""",
"se/p3", "markdown", tags=[], org_tags=[]),

T("docs redirect loop before our training tomorrow",
r"""
Hi! Every docs page I open redirects between docs.sourcegraph.com and sourcegraph.com/docs until the browser gives up ("ERR_TOO_MANY_REDIRECTS"). Cleared cookies, tried incognito and two browsers, and a colleague in another city. We run internal onboarding training for 80 new admins tomorrow morning and the entire curriculum is links to your docs.
""",
"se/p1", "plain", tags=[], org_tags=["enterprise"]),

T("Dokumentation nicht erreichbar",
r"""
Hallo,
die Doku-Seite ist seit heute früh nicht erreichbar (Timeout), von allen unseren Standorten und auch privat. Status page says nothing. Wir brauchen die Seite für das Upgrade am Wochenende. Gibt es eine alternative Quelle?
Grüße, M. Krüger
""",
"se/p1", "non-native", tags=[], org_tags=["self_hosted"]),

T("documentation site returns 503",
r"""
Hi, our install runbook links to your docs and the site is down:

$ curl -sI https://docs.sourcegraph.com/admin/deploy/docker-compose
HTTP/2 503
content-type: text/html
retry-after: 120
server: cloudflare

$ curl -sI https://docs.sourcegraph.com/
HTTP/2 503

Same from 3 networks. Been 40 minutes. Is it known?
""",
"se/p1", "mixed", tags=[], org_tags=[]),

T("'Edit this page' link broken",
r"""
the "Edit this page on GitHub" link at the bottom of docs pages leads to a GitHub 404. wanted to send a typo fix
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("docs search widget shows an error",
r"""
Ctrl+K in the docs opens the search dialog, typing anything gives a red "Something went wrong: index not found". Console:

  GET https://docs.sourcegraph.com/api/search?q=helm&v=current 404 (Not Found)
  SearchDialog: failed to query index {"status":404,"message":"index not found"}
 Browsing via sidebar is fine so it's annoying rather than blocking.
""",
"se/p2", "logs", tags=[], org_tags=[]),

T("sitemap.xml missing on docs site",
r"""
Our intranet search crawler indexes vendor documentation through sitemaps. docs.sourcegraph.com/sitemap.xml returns 404 since a couple of weeks, so our internal search has stale Sourcegraph pages. Low priority.
""",
"se/p3", "plain", tags=[], org_tags=["enterprise"]),

T("GraphQL API reference page blank",
r"""
Hola, la página de referencia de la API GraphQL en el sitio de documentación sale en blanco (solo el menú, sin contenido). En la consola: "Uncaught TypeError: Cannot read properties of undefined (reading 'types')". Necesitamos la referencia para un script de automatización, por ahora usamos el explorador de API dentro de nuestra instancia.
""",
"se/p2", "non-native", tags=[], org_tags=[]),

T("old k8s install URL 404 (trial)",
r"""
Hi,

> From our onboarding email: "Follow https://docs.sourcegraph.com/admin/install/kubernetes to get started."

That URL gives a 404 on the docs site and there's no redirect. We are starting our trial install this week and I'm not sure which page replaced it - the "deploy" section has three different Kubernetes pages. Could you fix the link / redirect, or point me to the right one?

Thanks,
Sander
""",
"se/p2", "email-thread", tags=["trial"], org_tags=["prospect"]),
]
