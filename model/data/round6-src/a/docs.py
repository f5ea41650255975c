from common import t

TEAM = "docs"
TICKETS = [
t("docs site returns 404 for every admin page",
"""Every page under docs.sourcegraph.com/admin/ gives "404 page not found" right now, e.g. /admin/deploy/kubernetes/helm and /admin/updates. The docs home page loads. We're in the middle of an upgrade and our runbook links to those pages.""",
"se/p1", "plain", [], ["self_hosted"]),

t("upgrade docs: 'migrator reference' link is a 404",
"fyi",
"se/p3", "one-liner", [], []),

t("docs search box returns nothing",
"""**Where:** docs.sourcegraph.com, the search box at the top
**What:** typing anything (`helm`, `saml`, `batch changes`) shows "No results". Since at least yesterday.
**Browser:** Firefox 123, Edge 122
Google still finds pages, so it's a workaround, but annoying.""",
"se/p2", "markdown", [], []),

t("docs.sourcegraph.com certificate expired?",
"""```
$ curl -I https://docs.sourcegraph.com
curl: (60) SSL certificate problem: certificate has expired
More details here: https://curl.se/docs/sslcerts.html
```
Chrome shows NET::ERR_CERT_DATE_INVALID. Our corporate proxy blocks sites with invalid certs so nobody here can reach the docs at all.""",
"se/p1", "logs", [], []),

t("docs down?",
"",
"se/p2", "one-liner", [], []),

t("versioned docs redirect loop",
"""Trying to read the docs for the version we run (5.1):

```
$ curl -sIL https://docs.sourcegraph.com/@5.1/admin | grep -iE "^(HTTP|location)"
HTTP/2 301
location: https://docs.sourcegraph.com/@5.1/admin/
HTTP/2 301
location: https://docs.sourcegraph.com/@5.1/admin
HTTP/2 301
...
curl: (47) Maximum (50) redirects followed
```
Browser says ERR_TOO_MANY_REDIRECTS. Latest docs work but don't match our version. Could someone look?""",
"se/p2", "mixed", [], ["self_hosted"]),

t("'Learn more' link in site admin goes to a 404",
"""Sourcegraph version: 5.3.0
Platform information: <!-- e.g. docker-compose, kubernetes -->

Steps to reproduce:
1. Site admin > Configuration > Code host connections > Add GitLab
2. click "Learn more about GitLab configuration" under the editor

Expected behavior: the docs page
Actual behavior: docs site "Page not found"

<!-- Screenshots -->""",
"se/p3", "template", [], ["self_hosted"]),

t("docs very slow / blank page",
"""Hello, from our office in Shenzhen the docs site loads very slow, often only a white page and the menu, the content not appear after 1 minute. Our sourcegraph instance is no problem, only docs.sourcegraph.com. Maybe some script is blocked? Thank you for check.""",
"se/p3", "non-native", [], []),

t("RE: docs 502 through proxy",
"""Hi Support,

> Could you try from outside your corporate network?

From my home connection the docs load fine. Through our proxy docs.sourcegraph.com returns 502 since Tuesday, while sourcegraph.com and github.com work through the same proxy. Our network team says the docs site now answers with a different IP range / CDN and asks whether there was a hosting change, so they can update the allowlist.

Best regards,
Nils Ekberg
IT Infrastructure, Halvor Marine
The content of this email is confidential and intended for the recipient specified in message only.""",
"se/p3", "email-thread", [], ["enterprise"]),

t("docs search shows old version pages",
"""When I search in the docs site for "executors" the first results are from /@4.2/ and /@3.43/ versions, not the current one. Clicking them gives me outdated instructions. Minor but confusing for new admins.""",
"se/p3", "plain", [], []),

t("anchor links don't jump to the section",
"""links like https://docs.sourcegraph.com/admin/config/site_config#search-index-branches open the top of the page instead of scrolling to the heading. looks like all # links on the docs site, on chrome and safari""",
"se/p3", "plain", [], []),

t("images missing on docs pages",
"""Screenshots on the docs pages are broken images (the little torn icon), e.g. on the code insights and batch changes pages. Console shows:

```
GET https://docs.sourcegraph.com/batch_changes/img/changeset-list.png 404 (Not Found)
GET https://docs.sourcegraph.com/code_insights/img/insights-dashboard.png 404 (Not Found)
```""",
"se/p3", "logs", [], []),

t("sourcegraph.com/docs 404",
"""The link in your latest release email ("read the docs at sourcegraph.com/docs") gives "404 – this page could not be found" on sourcegraph.com. The old docs.sourcegraph.com URL also just redirects there now, so we currently can't open any documentation page at all. Our admins are trying to prepare the upgrade.""",
"se/p2", "plain", [], ["self_hosted"]),

t("docs site down for everyone",
"""[08:55] SE-Kai: docs.sourcegraph.com is returning 500 for me, anyone else?
[08:56] SE-Mei: yep, also the status check from outside: HTTP 500 on /, /admin, /cody
[08:57] SE-Kai: 3 customer tickets already asking "where are the docs"
[08:58] SE-Mei: nothing on #docs yet, opening a ticket for the docs team""",
"se/p1", "chat-paste", [], []),

t("GraphQL API reference page is blank",
"""The API docs page (the GraphQL reference on the docs site) renders only the header, the schema section stays empty. Dev tools show `Uncaught TypeError: Cannot read properties of undefined (reading 'fields')` in the page script. We use that page when writing integrations.""",
"se/p2", "mixed", [], []),

t("Liens cassés dans la doc",
"""Bonjour, plusieurs liens de la documentation renvoient vers des pages 404, par exemple dans la section "Code host connections" le lien vers "Bitbucket Server webhooks" et dans la page SCIM le lien "configure your IdP". Merci de corriger quand vous avez le temps.""",
"se/p3", "non-native", [], []),
]
