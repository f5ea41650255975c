TEAM = "docs"
TICKETS = [
dict(subject="docs.sourcegraph.com down",
description="",
priority="se/p1", form="one-liner", tags=[], org_tags=[]),

dict(subject="documentation site returns 502, upgrading tonight",
description="""$ curl -sI https://docs.sourcegraph.com/admin/updates/kubernetes
HTTP/2 502
date: Thu, 11 Apr 2024 16:02:19 GMT
content-type: text/html
server: cloudflare

$ curl -sI https://docs.sourcegraph.com/
HTTP/2 502

Every page, from several networks. We have a maintenance window at 22:00 for a Kubernetes upgrade and our runbook links straight into your upgrade notes. Is there a mirror we can use?""",
priority="se/p1", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="docs not loading",
description="""[13:12] yusuf: anyone else can't open the sourcegraph docs? "This site can't be reached"
[13:13] chloe: same, from home and office
[13:13] yusuf: isitdown says it's down for everyone
[13:15] chloe: our product itself is fine, just the documentation website
[13:16] yusuf: I'll ping their support, we're onboarding 40 new admins this week and the training is built on the docs""",
priority="se/p1", form="chat-paste", tags=[], org_tags=["enterprise"]),

dict(subject="documentation website show only white page",
description="""Hello, since this morning when we open docs.sourcegraph.com the page is complete white, nothing is showing, in Chrome, Edge and Firefox. Console say "Failed to load resource: 404 /assets/main.3f9a.js". Also my colleagues in other country have same. We cannot read any documentation. Please fix. Obrigado""",
priority="se/p1", form="non-native", tags=[], org_tags=[]),

dict(subject="Broken links on the Helm deployment page",
description="""## Where
Deploy > Kubernetes > Helm page.

## What
These links on that page return 404:

| link text | target |
|---|---|
| "values reference" | /admin/deploy/kubernetes/helm/values-reference |
| "override examples" | /admin/deploy/kubernetes/helm/examples#overrides |
| "configure storage class" | /admin/deploy/kubernetes/configure#storageclass |

The Helm instructions themselves look right, we just can't follow the links.""",
priority="se/p2", form="markdown", tags=[], org_tags=["self_hosted"]),

dict(subject="\"Learn more\" link in site admin leads to 404",
description="""Site admin > Cody > "Learn more about Cody configuration" opens:

$ curl -s -o /dev/null -w "%{http_code} %{url_effective}\\n" -L https://docs.sourcegraph.com/cody/explanations/enabling_cody_enterprise
404 https://docs.sourcegraph.com/cody/explanations/enabling_cody_enterprise

The page seems to have moved. Cody itself works, we just can't find the page the product points to. Several admins asked us.""",
priority="se/p2", form="logs", tags=["cody"], org_tags=["self_hosted"]),

dict(subject="Docs search returns no results",
description="""**Describe the bug**
The search box on the documentation website returns "No results" for every term (tried "saml", "upgrade", "batch changes", "zoekt").

**To Reproduce**
1. open docs home
2. type anything in the search bar

**Expected behavior**
Matching pages

**Screenshots**
<!-- If applicable, add screenshots -->

**Browser**
Chrome 124 / Firefox 125""",
priority="se/p2", form="template", tags=[], org_tags=[]),

dict(subject="Version selector on docs goes to 404",
description="""**Describe the bug**
On the docs site, choosing "5.1" from the version dropdown takes me to "Page not found" for every page I tried, even the home page.

**To Reproduce**
<!-- Steps to reproduce the behavior -->
1. docs home
2. version dropdown > 5.1

**Expected behavior**
<!-- A clear and concise description of what you expected to happen. -->

**Additional context**
We're still on 5.1 so we need the older docs; meanwhile we read the docs source on GitHub, which works but is painful.""",
priority="se/p2", form="template", tags=[], org_tags=["self_hosted"]),

dict(subject="docs search broken",
description="",
priority="se/p2", form="one-liner", tags=[], org_tags=[]),

dict(subject="Diagrams missing on architecture docs page",
description="""The architecture overview page on the documentation site shows broken image icons where the diagrams should be. Screenshot: https://screens.example/docs-arch-broken.png

Browser devtools: GET https://docs.sourcegraph.com/dev/background-information/architecture/architecture.svg → 404

We were going to use it in an internal review with our security team next week.""",
priority="se/p2", form="mixed", tags=[], org_tags=["enterprise"]),

dict(subject="FW: can't open admin docs",
description="""Hi Sourcegraph team,

One of our admins can't get to the admin section of your documentation. Forwarding.

Kind regards,
Olga

-----Forwarded-----
From: Pieter Jansen
To: Olga Smirnova
Subject: can't open admin docs

Olga, every link under docs.sourcegraph.com/admin/config/ goes into "ERR_TOO_MANY_REDIRECTS" for me. Tried incognito, cleared cookies. The rest of the docs are fine. Could you check with the vendor? I need the site config reference for the SSO work next week.

Pieter

This message may contain confidential information.""",
priority="se/p2", form="email-thread", tags=[], org_tags=["self_hosted"]),

dict(subject="anchor links in docs jump to top",
description="""hi, when I open link with #section (for example the link to a specific alert in alert solutions page) the page is opening at the top, not at the section. Before it was jumping to the right place. Not big problem, I can use ctrl+F, just inform you.""",
priority="se/p3", form="non-native", tags=[], org_tags=["self_hosted"]),

dict(subject="broken link in docs footer",
description="",
priority="se/p3", form="one-liner", tags=[], org_tags=[]),

dict(subject="Docs site dark mode is hard to read",
description="""In dark mode, inline code on the documentation website is dark grey on almost-black, really hard to read. Purely cosmetic, I switch to light mode meanwhile. Thought you'd want to know.""",
priority="se/p3", form="plain", tags=[], org_tags=[]),

dict(subject="Link checker results for docs.sourcegraph.com",
description="""# FYI: broken links

Our internal wiki links to your docs a lot, so we run a nightly link checker. Last night it flagged these:

- `https://docs.sourcegraph.com/admin/observability/dashboards#frontend` → 404
- `https://docs.sourcegraph.com/code_search/reference/queries#keyword-search` → 404
- `https://docs.sourcegraph.com/batch_changes/how-tos/site_admin_configuration` → 404

No urgency, just passing it on.""",
priority="se/p3", form="markdown", tags=[], org_tags=["enterprise"]),

dict(subject="offline copy of the documentation site?",
description="""Our Sourcegraph runs in an air-gapped network and engineers there can't reach docs.sourcegraph.com. Is there a way to download the documentation website (static export, tarball, container) so we can host it internally? Just a question.""",
priority="se/p3", form="plain", tags=[], org_tags=["on_prem"]),

dict(subject="docs slow today?",
description="""[10:02] ivy: docs.sourcegraph.com taking like 10s per page for anyone else?
[10:03] ben: a bit slow yeah, loads eventually
[10:03] ivy: ok not urgent, just noting it for the vendor""",
priority="se/p3", form="chat-paste", tags=[], org_tags=[]),

dict(subject="$schema URL for site config 404s",
description="""Our editor setup validates site config with the schema URL we found on the docs site:

```json
{
  "$schema": "https://docs.sourcegraph.com/admin/config/site.schema.json",
  "externalURL": "https://sg.corp.example",
  "auth.providers": []
}
```

That URL now returns 404, so VS Code shows "Unable to load schema". Not a product problem, just the file on the docs site is gone. Low priority.""",
priority="se/p3", form="config", tags=[], org_tags=["self_hosted"]),

dict(subject="Re: old documentation links",
description="""Hello,

> Thanks for the feedback! Which links are you referring to?

Pretty much all links in our 2022 onboarding guide, e.g. anything under docs.sourcegraph.com/user/search/... now goes to "Page not found" instead of redirecting to the new location. Would be nice if the old URLs redirected. Not urgent.

Regards,
Chen Jie""",
priority="se/p3", form="email-thread", tags=[], org_tags=["enterprise"]),

dict(subject="certificate warning on docs site",
description="""Firefox (with our corporate proxy) shows:

  Warning: Potential Security Risk Ahead
  docs.sourcegraph.com uses an invalid security certificate.
  Error code: SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE

Chrome on the same machine loads it fine, so some of our people can read the docs and some can't. Only your documentation domain, not our Sourcegraph instance.""",
priority="se/p2", form="logs", tags=[], org_tags=[]),
]
