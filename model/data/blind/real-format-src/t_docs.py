TEAM = "docs"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p0", "documentation website 502 from everywhere",
"""Sourcegraph version: n/a
Platform information: n/a - this is about your public documentation site

Steps to reproduce:
1. Go to https://docs.sourcegraph.com (or any page under it)

Expected behavior:
Documentation loads

Actual behavior:
"502 Bad Gateway" - tried from our office, from a phone on 4G, and asked a friend in another country. Same everywhere. Been like this for over an hour.

Additional context
We're in the middle of our maintenance window and the runbook links into your docs for every step. We're stuck.""",
["urgent"], ["self-hosted"])

t("template", "se/p2", "Search on the docs site returns nothing",
"""Sourcegraph version: 5.5
Platform information: Chrome 125

Steps to reproduce:
1. Open the documentation site
2. Type anything in the search box at the top ("saml", "upgrade", "zoekt"...)

Expected behavior:
list of pages

Actual behavior:
Spinner, then "No results". Browser console: `POST https://...algolia.net/1/indexes/*/queries 403 (Forbidden)`

Additional context
Navigating through the sidebar works, so we can find stuff, just slower.""",
[], [])

t("template", "se/p3", "docs slow from APAC",
"""Sourcegraph version:
Platform information:

Steps to reproduce:
open docs pages from Sydney

Expected behavior:

Actual behavior:
each page 8-10s to load, images even longer

Additional context
FYI mostly, not blocking""",
[], [])

# ---------------- logs ----------------
t("logs", "se/p1", "docs domain returning 503",
"""Is your docs website down?

$ curl -I https://docs.sourcegraph.com/admin/updates
HTTP/2 503
server: cloudflare
content-type: text/html; charset=UTF-8
cf-ray: 8f1a2b3c4d5e6f70-FRA

$ dig +short docs.sourcegraph.com
104.18.xx.xx
172.64.xx.xx

Started maybe 30 min ago. Our team is doing an upgrade this afternoon and needs the upgrade notes.""",
[], [])

t("logs", "se/p1", "Certificate error on documentation site",
"""All of us get a certificate warning on your documentation site, and our corporate proxy blocks sites with invalid certs entirely, so nobody here can read the docs:

NET::ERR_CERT_DATE_INVALID
Subject: docs.sourcegraph.com
Issuer: R11
Expires on: <yesterday's date>

openssl s_client -connect docs.sourcegraph.com:443 -servername docs.sourcegraph.com
...
verify error:num=10:certificate has expired
notAfter=...GMT""",
[], [])

t("logs", "se/p2", "too many redirects when opening help links",
"""From the Help menu in our Sourcegraph UI, clicking any docs link ends in:

This page isn't working
docs.sourcegraph.com redirected you too many times.
ERR_TOO_MANY_REDIRECTS

devtools network tab:
301  https://docs.sourcegraph.com/admin/config/site_config  -> https://sourcegraph.com/docs/admin/config/site_config
301  https://sourcegraph.com/docs/admin/config/site_config  -> https://docs.sourcegraph.com/admin/config/site_config
301  ... (repeats)

Typing the URL directly sometimes works. Cleared cookies, same.""",
[], [])

# ---------------- one-liner ----------------
t("one-liner", "se/p2", "docs site down?", "", [], [])

t("one-liner", "se/p3", "old doc links 404",
"the /admin/... links in our wiki all 404 now", [], [])

t("one-liner", "se/p2", "can't open documentation", "blank white page", [], [])

# ---------------- email-thread ----------------
t("email-thread", "se/p2", "RE: Documentation site blocked by our proxy",
"""Hi,

Please see below from our network team. Since roughly last week nobody in our corporate network can reach your documentation website; from home it works.

Thanks,
Jana Novak

From: Network Operations
Sent: Tuesday, 8 April 2025 10:31
Subject: RE: docs site

Jana,
Our proxy allowlist has the documentation site by IP range. The hostname now resolves to addresses outside the ranges we have (looks like a CDN change). We don't allow wildcard CDN ranges. Can the vendor give us the current IP ranges or a stable hostname for their documentation?

> From: Jana Novak
> Sent: Monday, 7 April 2025 16:02
> Hi team, the Sourcegraph docs don't load anymore from the office, timeout after 30s. Other sites fine. Can you check?

Jana Novak | Engineering Productivity | Meridian Rail
This e-mail may contain confidential information.""",
["email"], [])

t("email-thread", "se/p1", "Re: Training session today - docs unavailable",
"""Hello,

We have a training for ~300 new engineers starting in 2 hours and the material links to your docs everywhere. The docs website has been giving an error page all morning (see Kenji's mail). Is there an ETA?

Best,
Claudia

On Wed, 14 May 2025 at 07:48, Kenji Mori wrote:
> Claudia, FYI the Sourcegraph documentation is down, I get "Application error: a server-side exception has occurred" on every page, also on my phone. The product itself works fine for us.
>
> On Tue, 13 May 2025 at 18:20, Claudia Reyes wrote:
> > Reminder everyone: onboarding session tomorrow 10:00, please pre-read the search query syntax docs.

Claudia Reyes
L&D, Nimbus Retail""",
["email"], [])

t("email-thread", "se/p3", "older documentation versions missing",
"""Hi!

We're still on 5.2 (upgrade planned for Q3). The version selector on the documentation site used to list older versions, now it only goes back to 5.5 and the old versioned URLs 404. Is there somewhere the 5.2 docs are still hosted?

Cheers,
Mateus

> On Fri, 21 Feb 2025, Ivo wrote:
> Mateus, I couldn't find the 5.2 docs either, the link in our runbook is dead.

--
Mateus Carvalho | SRE | Bluefin Analytics""",
["question"], [])

# ---------------- non-native ----------------
t("non-native", "se/p2", "documentation website not open from China office",
"""Hello, our developer in Shenzhen office cannot open documentation website, it timeout always. Other office (Germany, US) is ok. Before 2 month it was working in Shenzhen also. Can you check?""",
[], [])

t("non-native", "se/p3", "docs page slow, image not load",
"""hi, the doc page is loading very slow for me and many picture not load (show broken icon). Not big problem, only inform you.""",
[], [])

t("non-native", "se/p1", "docs site give error 500 all page",
"""Hello, every page of documentation site give error 500 now. We need the upgrade guide now because we are in the middle of upgrade and not know next step. Please fix fast!""",
["urgent"], ["self-hosted"])

# ---------------- markdown ----------------
t("markdown", "se/p2", "Docs site renders without styles / navigation",
"""## Issue
The documentation site loads, but:
- no CSS (plain black text on white)
- left navigation missing
- code blocks not formatted

Screenshot: https://imgur.com/a/3vPzQe9

## Console
```
GET https://docs.sourcegraph.com/_next/static/css/4a1b9c.css net::ERR_ABORTED 404
GET https://docs.sourcegraph.com/_next/static/chunks/main-9f2e.js net::ERR_ABORTED 404
```

Same in Chrome/Firefox, cache cleared.""",
[], [])

t("markdown", "se/p3", "FYI: docs site flaps for a few minutes now and then",
"""Hey,

Just a heads-up, not urgent:

- a few times this week the documentation site was unreachable for ~2–5 minutes
- times (UTC): Mon 14:05, Wed 09:40, Thu 16:20
- then it comes back

Nobody's blocked, just thought you'd want to know.""",
[], [])

t("markdown", "se/p2", "GraphQL API explorer page on docs site won't load",
"""### What
The API reference page on the documentation website (the interactive explorer) never finishes loading.

### Details
- Spinner forever
- Other doc pages fine
- Console: `Failed to load resource: the server responded with a status of 504 ()`

### Why it matters
We're building an integration and keep referring to it. Not blocking, we can use the schema file from a running instance.""",
[], [])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p0", "docs down for everybody",
"""From our #platform channel:

[10:02] lena: docs.sourcegraph.com is completely down?
[10:03] sam: "This site can't be reached" for me too
[10:04] lena: isitdownrightnow says down for everyone
[10:06] sam: status page says all green lol
[10:08] lena: we literally have a prod upgrade going and everyone's blind without the docs, can someone open a ticket""",
["urgent"], [])

t("chat-paste", "se/p3", "status page for docs?",
"""[Slack] Ahmed: do they have a status page that covers the documentation site specifically? the main one doesn't seem to list it
[Slack] Cora: no idea, ask in the ticket
(no urgency)""",
["question"], [])

t("chat-paste", "se/p2", "Cloudflare 1020 on docs",
"""Teams chat:
Paul: getting "Error 1020 Access denied" from Cloudflare when opening the sourcegraph documentation
Nora: same here on office wifi, works on my phone hotspot
Paul: maybe our office IP got flagged? we're ~80 people behind one NAT
Nora: Ray ID: 8f2c11aa0b3d5e77""",
[], [])

# ---------------- mixed ----------------
t("mixed", "se/p1", "can't reach docs before tonight's upgrade",
"""Sourcegraph version: 5.4.7 -> planning 6.0 tonight
Platform information: k8s / Helm

We're doing the upgrade tonight (change approved, window 22:00). Everything on our side is prepared, BUT the documentation site has been down since this afternoon:

```
$ curl -s -o /dev/null -w "%{http_code}" https://docs.sourcegraph.com/admin/updates/kubernetes
504
```

Our change process requires us to follow the official upgrade notes. If the docs stay down we'll have to cancel the window and wait 2 weeks for the next slot.""",
["upgrade"], ["self-hosted"])

t("mixed", "se/p3", "Help menu link goes to a domain that doesn't resolve",
"""Small thing. In our instance, the "?" help icon links to a documentation domain that doesn't resolve from our network:

> DNS_PROBE_FINISHED_NXDOMAIN

The main docs website works if we type it ourselves. Teammate on Slack:
> lars: maybe the docs site moved and the old hostname wasn't redirected?

No urgency.""",
[], [])

t("mixed", "se/p3", "docs site intermittently down this week",
"""Hi, we use Sourcegraph heavily (search, batch changes, the AI assistant) and our devs often open your documentation from links in our internal wiki.

Internal Slack:
> **rosa**: docs site timing out again
> **jay**: 3rd time this week, comes back after ~10 min

Not blocking anything, mostly annoying. Is there known instability on the documentation site?""",
[], [])
