from common import T

TEAM = "docs"
TICKETS = [
T("do01", "one-off", "one-liner", "se/p2",
"docs site returning 502",
r"""
docs.sourcegraph.com has been giving 502 Bad Gateway for the last half hour from our office and from mobile.
""", ["docs-site", "availability"], org_tags=["self-hosted", "enterprise"]),

T("do02", "HGM", "email-thread", "se/p1",
"Docs site down during our upgrade window",
r"""
Hi,

We are starting the Lantern production upgrade tonight at 20:00 UK (change window ends 02:00) and docs.sourcegraph.com has been unreachable for about an hour - upgrade notes and the migrator page both time out. Our runbook links to them. Is the docs site down on your side, and is there a mirror or a PDF of the upgrade guide for 5.4 we could use if it doesn't come back?

Dmitri Volkov
Platform Engineering, Harrowgate Mutual

> From: Kwame Asante
> Also failing from my home connection, so not our proxy.
""", ["docs-site", "availability", "upgrade"], recurs="do01"),

T("do03", "CBF", "non-native", "se/p2",
"search on docs website not give results",
r"""
Hello,

When I use the search field on docs.sourcegraph.com, it only show spinning circle and never results. For example I type "gitlab token" and nothing. I try in Edge and Firefox, also with colleague. Before some weeks it was working. Now we must use search engine to find docs pages.

Tomasz
""", ["docs-site", "docs-search"]),

T("do04", "CBF", "one-liner", "se/p2",
"docs search still broken",
r"""
docs site search box still just spins - Ravi
""", ["docs-site", "docs-search"], recurs="do03"),

T("do05", "one-off", "markdown", "se/p2",
"Offline copy of docs for air-gapped environment",
r"""
### Request
An offline/downloadable version of the docs (HTML bundle or PDF) per release.

### Context
Our production network at Highmoor Trust is air-gapped; admins operating the instance can't reach docs.sourcegraph.com from their jump hosts. Right now we print pages to PDF manually before each upgrade.

### Ideal
A versioned archive we can host internally.

Noah Kerridge, Platform Ops
""", ["docs-site", "offline", "feature-request", "air-gapped"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("do06", "NSB", "email-thread", "se/p2",
"Docs site blocked by our proxy - certificate error",
r"""
Hello,

Since Monday our corporate proxy blocks docs.sourcegraph.com with "certificate verification failed: certificate has expired". Our proxy does strict validation, so users cannot open the documentation at all from bank network. Other sites are fine. Can you check the certificate of the docs site?

Med vänliga hälsningar
Lars Ekdahl
Platform team, Norrsken Bank

> From: Network Security
> The proxy reports the intermediate certificate in the chain served by docs.sourcegraph.com expired on the 3rd. We cannot add an exception for expired certificates.
""", ["docs-site", "tls", "certificate"]),

T("do07", "QHC", "non-native", "se/p2",
"Docs for version 5.2 give 404",
r"""
Hello,

We are on 5.2.3 and I want to read the docs for our version, not the latest. Before, there was the version selector on docs.sourcegraph.com, now when I choose 5.2 every page give "404 page not found". For example the Helm upgrade page for 5.2. We need the old version docs to plan the upgrade because some settings changed.

Merci,
Hélène
""", ["docs-site", "versioned-docs", "404"]),

T("do08", "one-off", "chat-paste", "se/p2",
"older version docs links 404",
r"""
from our #platform channel:

  aaron.b: the 5.1 docs links in our runbook all 404 now
  aaron.b: e.g. the /@5.1/admin/deploy page, and the version dropdown on docs.sourcegraph.com only lists the last two minors
  mira.k: same for 5.0. did they drop old docs?

We're on 5.1 for another quarter; is there somewhere the old versions still live?
Aaron Bell, Tarnwell Freight
""", ["docs-site", "versioned-docs", "404"], recurs="do07",
  org_tags=["self-hosted", "kubernetes", "logistics"]),

T("do09", "PRG", "template", "se/p2",
"docs site extremely slow from EU",
r"""
**Summary**
docs.sourcegraph.com pages take 20-40 seconds to load from our Leeds and Krakow offices.

**Impact**
Onboarding sessions for SG this week rely on the docs.

**Steps to reproduce**
1. Open docs.sourcegraph.com from an EU network
2. Wait

**Expected**
< 2s

**Actual**
20-40s, sometimes times out. From a US VPN exit it's fast.

**Environment**
Browsers: Chrome/Edge, several networks

Marisol Ortega
""", ["docs-site", "performance"]),

T("do10", "TWL", "one-liner", "se/p2",
"docs site redirecting somewhere weird",
r"""
docs links from our code browser's help menu redirect to a page saying "This site has moved" and then loop. - Femi
""", ["docs-site", "redirect"]),

T("do11", "one-off", "logs", "se/p2",
"docs.sourcegraph.com redirect loop",
r"""
Hi, the docs site is in a redirect loop for us:

$ curl -sI http://docs.sourcegraph.com/admin/config | grep -i location
location: https://docs.sourcegraph.com/admin/config
$ curl -sI https://docs.sourcegraph.com/admin/config | grep -iE "^HTTP|location"
HTTP/2 301
location: http://docs.sourcegraph.com/admin/config

Browsers show ERR_TOO_MANY_REDIRECTS. Happens from multiple networks.

Vera Lindqvist, Ostra Hamn Logistik
""", ["docs-site", "redirect"], org_tags=["self-hosted", "logistics"]),

T("do12", "BMS", "template", "se/p2",
"[BUG] Images missing on docs pages",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) Low
Component: docs website
Reporter: Sanjay Pillai

Steps to reproduce:
1. Open the executors architecture page on docs.sourcegraph.com
2. Look at diagrams

Expected:
Diagrams

Actual:
Broken image icons. Dev tools: GET .../executors/architecture.svg -> 404. Same on the batch changes pages.

Logs: (attach logs here)

Additional context:
<!-- Add any other context about the problem here -->
""", ["docs-site", "images", "404"]),

T("do13", "one-off", "email-thread", "se/p2",
"Help links in admin UI lead to 404 on docs site",
r"""
Hello,

Many of the "Learn more" links in our instance's site admin pages lead to "Page not found" on docs.sourcegraph.com (e.g. from the code host connection page and the permissions page). Our newer admins rely on them quite a bit.

Thanks,
Yusuf Demir
DevOps, Bosphorus Retail Tech

> Support: which version is your instance?
5.3.6. The links go to paths like /admin/external_service/... which used to exist.
""", ["docs-site", "broken-links", "404"], org_tags=["self-hosted", "kubernetes", "enterprise", "retail"]),

T("do14", "one-off", "chat-paste", "se/p2",
"docs search only shows old-version results",
r"""
[dev-tools] lena.h: searching "search contexts" on docs.sourcegraph.com only returns pages from old versions, clicking them gives 404
[dev-tools] tom.w: yeah the docs search index looks stale, current pages don't show up at all
[dev-tools] lena.h: raising with sourcegraph

Lena Hartmann, Brandwall Logistics
""", ["docs-site", "docs-search", "stale-index"], org_tags=["managed-instance", "logistics"]),

T("do15", "FST", "non-native", "se/p1",
"Docs site not open during POC setup",
r"""
Hello,

Today I continue the POC installation and docs.sourcegraph.com not open (timeout). I need the page for configure Azure DevOps code host and SAML. Is problem with the site? We have only 2 weeks until the POC evaluation, each day count.

Carla Duarte
""", ["docs-site", "availability", "poc"]),

T("do16", "one-off", "one-liner", "se/p2",
"docs.sourcegraph.com DNS not resolving",
"", ["docs-site", "dns", "availability"], recurs="do01", org_tags=["self-hosted"]),

T("do17", "one-off", "markdown", "se/p2",
"Docs site dark mode: code blocks unreadable",
r"""
On docs.sourcegraph.com with dark mode (system setting), code blocks render dark grey text on black background - basically unreadable. Light mode is fine.

- Browser: Firefox 126 / Chrome 125
- Pages: any with YAML/JSON examples (e.g. the site config reference)

Screenshot attached.

Jonah Weiss, Ironbridge Insurance
""", ["docs-site", "rendering", "dark-mode"], org_tags=["self-hosted", "kubernetes", "finance"]),

T("do18", "one-off", "email-thread", "se/p2",
"Docs search widget shows 'Error 403'",
r"""
Hi,

The search box on the docs site shows "Error 403" under the field as soon as I type. Colleagues see the same. Maybe an API key expired for your search provider?

Thanks,
Colm Brady
Platform Engineering, Liffey Shipping

> I also tried an incognito window, same.
""", ["docs-site", "docs-search"], recurs="do03", org_tags=["self-hosted", "logistics"]),

T("do19", "NSB", "logs", "se/p2",
"docs site certificate rejected again",
r"""
Hi,

Proxy is blocking the docs site again, like in spring. This time different message:

$ openssl s_client -connect docs.sourcegraph.com:443 -servername docs.sourcegraph.com </dev/null 2>/dev/null | grep -E "verify|subject=|issuer="
subject=CN = docs.sourcegraph.com
issuer=C = US, O = Example Trust Services, CN = ETS RSA CA 2
Verify return code: 20 (unable to get local issuer certificate)

So the server does not send the intermediate. Our proxy needs full chain. Can you fix on your side?

/Lars
""", ["docs-site", "tls", "certificate"], recurs="do06"),

T("do20", "one-off", "mixed", "se/p2",
"Docs site down + question about Helm values",
r"""
Hi support,

1) Main thing: docs.sourcegraph.com returns "503 Service Temporarily Unavailable" for me since ~09:00 CET, any page. Can you confirm?

2) Unrelated, less urgent: when it's back, can you point me at where frontend `env` overrides are documented for the Helm chart? I want to set a custom log level.

```
$ curl -s -o /dev/null -w "%{http_code}\n" https://docs.sourcegraph.com/
503
```

Thanks,
Petra Novak, Danube Consumer Bank
""", ["docs-site", "availability", "helm"], org_tags=["self-hosted", "kubernetes", "finance"]),
]
