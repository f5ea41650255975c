from common import T

TEAM = "docs"
QS, PEM, HAL, TS, BM, FH, EAST, CDSA, ARV = ("Quillstone Software", "Pemberton Systems", "Halvard Games",
    "Tessellate Labs", "Brightmarsh Interactive", "Fernhollow Software", "University of Eastmoor",
    "Commonwealth Digital Services Agency", "Arvenian Statistics Office")

TICKETS = [
T("D01", TEAM, CDSA, "se/p3", "template",
  "Offline copy of the documentation site for the enclave",
  """
SUMMARY:
Request an offline/exportable copy of the product documentation site matching our deployed version.

ENVIRONMENT:
- Air-gapped enclave; administrators have no browser access to the public documentation site from the admin workstations
- Deployed version 5.1.8; 5.2.x planned

STEPS TO REPRODUCE:
1. From an enclave workstation, open the documentation link shown in the site admin pages
2. Link cannot be resolved

EXPECTED RESULT:
A documentation bundle (static HTML or PDF) that can be hosted internally, e.g. docs.cdsa.internal.

ACTUAL RESULT:
Admins currently print pages from an internet-connected machine and carry them in.

IMPACT:
Slows troubleshooting and upgrade planning.

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield
""", tags=["docs-site", "offline", "air-gapped"]),

T("D02", TEAM, "one-off", "se/p2", "one-liner",
  "docs site down",
  "docs.sourcegraph.com gives 503 for me and my colleague, different networks.",
  tags=["docs-site", "availability"], org_tags=["self-hosted", "enterprise"]),

T("D03", TEAM, "one-off", "se/p2", "one-liner",
  "Documentation not loading",
  "",
  tags=["docs-site", "availability"], org_tags=["managed-instance", "enterprise"], recurs="D02"),

T("D04", TEAM, EAST, "se/p2", "chat-paste",
  "docs links for 5.1 all 404",
  """
<ravi_k> trying to read the docs for OUR version (5.1) since we're not on 5.2 yet
<ravi_k> the version picker on the docs site goes to /@5.1/admin/... and every page is 404
<ravi_k> latest docs load fine but they describe settings we dont have
<ravi_k> is there another url for older versions?
""", tags=["docs-site", "versioned-docs", "404"]),

T("D05", TEAM, HAL, "se/p3", "mixed",
  "Search box on docs site returns nothing",
  """
The search box on the documentation site returns "No results" for everything I try - "perforce", "helm", "gitserver". Same in Chrome and Firefox, on and off VPN.

Browser console:
  GET https://docs.sourcegraph.com/search/index.json  404 (Not Found)

Not urgent, I can use a search engine with site:, but thought you'd want to know.

Mikael
""", tags=["docs-site", "search"]),

T("D06", TEAM, PEM, "se/p2", "logs",
  "Alert 'next steps' links from Grafana land on docs 404 / wrong anchor",
  """
When an alert fires, the links in our Alertmanager notifications and in Grafana panel descriptions point to the documentation's alert solutions page with an anchor per alert, e.g.

  https://docs.sourcegraph.com/admin/observability/alert_solutions#zoekt-memory-map-areas-percentage-used

Since roughly last week these either 404 or land at the top of a page with no matching section (anchor not found). Examples from this week's notifications:

  #frontend-container-memory-usage            -> 404
  #repo-updater-github-graphql-rate-limit-remaining -> page loads, anchor missing
  #postgres-invalid-indexes                   -> 404

Our on-call relies on those links. Did the docs site move or change its anchor format?

Dana
""", tags=["docs-site", "broken-links", "alerts", "anchors"]),

T("D07", TEAM, PEM, "se/p2", "email-thread",
  "Site-admin 'Learn more' links broken",
  """
Hi,

Small one but annoying: the "Learn more" / "Next steps" links on the Site admin > Monitoring page of Lighthouse go to a "Page not found" on the documentation site. Dana mentioned the Grafana alert links had the same problem a while back; looks like these are still broken.

Example: the link next to "searcher: replica_traffic" goes to a 404.

Thanks,
Kofi Mensah
Platform Engineering, Pemberton Systems

> From: Dana Okafor
> Kofi, yes the Grafana ones were the same. Open a case, reference mine.
""", tags=["docs-site", "broken-links", "site-admin"], recurs="D06"),

T("D08", TEAM, ARV, "se/p3", "non-native",
  "Documentation page is without styles through our proxy",
  """
Hello,

When we open docs.sourcegraph.com from our office network, the pages show only text without design and menu, and the code examples are very hard to read. From home it works. Our proxy blocks some external hosts. Which domains must we allow so the documentation site load correct?

Thank you,
Tomasz Wierzbicki
""", tags=["docs-site", "proxy", "css"]),

T("D09", TEAM, "one-off", "se/p3", "non-native",
  "Images in documentation not loading",
  """
Hello,

In the documentation site, many pages have broken images (screenshots of the UI) — only small icon is showing. This happen from our office in Osaka since few days. Text is okay. Maybe image server is blocked in Japan?

Regards,
Haruto Sakamoto
Kiriko Soft Co., Ltd.
""", tags=["docs-site", "images"], org_tags=["managed-instance", "enterprise", "game-studio"]),

T("D10", TEAM, "one-off", "se/p2", "email-thread",
  "Redirect loop on documentation site",
  """
Hi,

Any page under docs.sourcegraph.com/admin/ ends in ERR_TOO_MANY_REDIRECTS for me. Cleared cookies, tried incognito, tried my phone on mobile data. The docs home page works, anything deeper under /admin/ loops between a trailing slash and no trailing slash.

Thanks,
Gabriel Moreau
DevOps Engineer, Pelican Bay Software

> Gabriel - can't get to the upgrade docs either, same loop. — Sven
""", tags=["docs-site", "redirect-loop"], org_tags=["self-hosted", "enterprise"]),

T("D11", TEAM, QS, "se/p3", "template",
  "Docs print / PDF view cuts off code blocks",
  """
**Summary**
Printing a docs page to PDF (for our internal onboarding pack) cuts off long code blocks at the right edge and drops the sidebar content mid-page.

**Steps to reproduce**
1. Open a docs page with a long JSON config example
2. Ctrl+P → Save as PDF

**Expected**
Wrapped code blocks.

**Actual**
Truncated lines, no horizontal scroll in PDF obviously.

**Env**
Chrome 119, macOS.

Tom
""", tags=["docs-site", "print", "pdf"]),

T("D12", TEAM, "one-off", "se/p2", "email-thread",
  "Certificate error on docs site",
  """
Good morning,

Since this morning, visiting the documentation site shows NET::ERR_CERT_COMMON_NAME_INVALID in all our browsers; the certificate presented seems to be for a different hostname. Our team is in the middle of planning an upgrade and uses the docs constantly.

Regards,
Fiona Gallagher
Systems Administrator, Kilbarrow Institute of Technology

> From: Service Desk
> Fiona, not our proxy - I get the same error on the guest wifi.
""", tags=["docs-site", "tls", "certificate"], org_tags=["self-hosted", "enterprise", "education"]),

T("D13", TEAM, "one-off", "se/p3", "one-liner",
  "'Edit this page' link 404s",
  "Wanted to submit a typo fix — the 'Edit this page' link at the bottom of docs pages goes to a GitHub 404.",
  tags=["docs-site", "broken-links"], org_tags=["self-hosted"]),

T("D14", TEAM, FH, "se/p3", "chat-paste",
  "docs search only returns old-version pages",
  """
nadia.brooks: small thing: searching the docs site for "azure openai" only gives me pages from old version paths (/@5.0/...) which don't mention it at all
nadia.brooks: navigating manually to the current page works
sam.ortiz: same for me with "custom domain"
""", tags=["docs-site", "search", "versioned-docs"]),

T("D15", TEAM, "one-off", "se/p3", "one-liner",
  "Docs search broken?",
  """
Hi there,

The search field on the docs site doesn't return anything at all for me, not even for "search". Is it just me?

Cheers,
Mateus Rocha
Platform Team, Ironbark Analytics
""", tags=["docs-site", "search"], org_tags=["managed-instance", "enterprise"], recurs="D05"),

T("D16", TEAM, TS, "se/p2", "chat-paste",
  "docs pages timing out",
  """
amir.haddad  16:40
unrelated to the instance: the docs site is really slow for us today, install/config pages take 30s+ or time out
amir.haddad  16:41
our eval team is trying to read up on the admin stuff before friday's scoring, kinda painful
""", tags=["docs-site", "performance", "poc"]),

T("D17", TEAM, CDSA, "se/p3", "email-thread",
  "Offline documentation for 5.2",
  """
Hello,

We discussed an offline copy of the documentation earlier this quarter. With the 5.2 upgrade approaching, is there now a downloadable version of the docs site for 5.2 that we could host internally? Our admins are again printing pages to carry into the enclave.

Respectfully,
Greg Olander
Program Manager, Developer Platforms
Commonwealth Digital Services Agency

> From: Denise Whitfield
> Greg - can you ask again about the offline docs? We're printing the upgrade pages again.
""", tags=["docs-site", "offline", "air-gapped"], recurs="D01"),

T("D18", TEAM, "one-off", "se/p3", "one-liner",
  "dark mode code blocks unreadable",
  "On the docs site in dark mode the code blocks are dark grey text on black. Basically unreadable.",
  tags=["docs-site", "dark-mode", "accessibility"], org_tags=[]),

T("D19", TEAM, "one-off", "se/p2", "mixed",
  "docs.sourcegraph.com 502 again",
  """
The docs site is down again (502 Bad Gateway from the CDN). Third time I've seen this in a month.

$ curl -sI https://docs.sourcegraph.com/admin | head -3
HTTP/2 502
content-type: text/html
date: Mon, 11 Dec 2023 09:14:51 GMT

— Ananya Iyer, Drumlin Software
""", tags=["docs-site", "availability"], org_tags=["self-hosted", "enterprise"], recurs="D03"),

T("D20", TEAM, HAL, "se/p1", "one-liner",
  "Your documentation site is down",
  """
Documentation site has been down all morning. My team has an upgrade window tonight and can't read the upgrade notes. Need it back.

Odile
""", tags=["docs-site", "availability", "upgrade"], recurs="D02"),
]
