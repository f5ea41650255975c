from common import T

TEAM = "docs"

TICKETS = [
T("can't open your upgrade instructions - mid maintenance window",
"""
our change channel, pasted:

22:04 Bogdan: ok instance is drained, starting the upgrade, pulling up their multi-version upgrade page
22:05 Bogdan: docs.sourcegraph.com → "502 Bad Gateway"
22:07 Carla: same from home network and from phone, so it's not our proxy
22:09 Bogdan: I remember roughly the steps but not the exact flags for the migrator and don't want to guess
22:10 Carla: window closes at 02:00. ping their support

We're holding the upgrade until we can read the page. Any mirror / PDF?
""",
"se/p1", "chat-paste", ["urgent"], ["self-hosted"]),

T("Re: Onboarding workshop tomorrow - documentation site unreachable",
"""
Hi,

Still down for us as of 16:40 CET. The workshop with 45 engineers is tomorrow at 09:00 and every exercise links to your documentation pages.

Could you let us know whether this is a known outage and an ETA?

Many thanks,
Franziska Roth
Developer Experience Lead, Kaltbach Systems
This email is confidential. If you have received it in error, please notify the sender and delete it.

> Am 03.12.2026 um 11:12 schrieb Franziska Roth:
> Hello, since this morning the documentation website only shows "This site can't be reached".
> Our evaluation contact (Daniel, your AE) suggested I write here. We're in the trial phase.
> Unrelated, the invite for Tuesday's sync with him didn't arrive, I'll ping him directly.
""",
"se/p1", "email-thread", ["poc"], ["trial"]),

T("documentation page not open from our office",
"""
Hello,

From our office in Shenzhen the documentation website not load, browser wait long time and then timeout. From Singapore office it load ok. From mobile 4G in Shenzhen also fail. Other website ok.

We need docs for install next week. Please check if your site block some region.

Thanks
Liu Wei
""",
"se/p2", "non-native", [], []),

T("docs site cert error - our proxy blocks it",
"""
Hi, since this morning our corporate proxy blocks the documentation site:

  Blocked: certificate for docs.sourcegraph.com expired or not yet valid
  (policy: strict TLS, category: developer tools)

From a personal laptop Chrome shows "NET::ERR_CERT_DATE_INVALID" too, so I don't think it's us. Our whole platform team (~30) works from those docs for the upgrade we're doing this week.

> "the docs are down, is the product dead?" – one of our devs, half joking
""",
"se/p1", "mixed", [], []),

T("docs returning 503",
"""
$ curl -sI https://docs.sourcegraph.com/admin/deploy/kubernetes
HTTP/2 503
content-type: text/html
retry-after: 120
x-cache: MISS

$ curl -sI https://docs.sourcegraph.com/
HTTP/2 503

$ date -u
Fri Dec  4 06:42:10 UTC 2026

Been like that for >1h from three different networks. We're in the middle of setting up a new cluster and need the deploy pages.
""",
"se/p1", "logs", ["urgent"], []),

T("docs search box returns nothing for any query",
"",
"se/p2", "one-liner", [], []),

T("Helm page in the docs is a 404",
"The link from the install overview lands on 'Page not found'.",
"se/p2", "one-liner", [], []),

T("links in admin section of docs broken",
"""
**Sourcegraph version:** n/a (this is about the docs website)
**Platform information:** Chrome 131

**Steps to reproduce:**
1. Go to the documentation home
2. Admin → Observability → click "Alert solutions"

**Expected behavior:**
Alert solutions page opens.

**Actual behavior:**
404 "Page not found". Same for "Dashboards reference" from the same page.

**Additional context:**
Our runbooks link to those two pages for every alert, so on-call can't follow them right now.
""",
"se/p2", "template", [], []),

T("Broken links we found on the docs website",
"""
# Broken links report

Our tech writer ran a link checker against the documentation site for our internal wiki migration.

| Page | Link | Status |
|---|---|---|
| /admin/config/site_config | "see authentication" | 404 |
| /admin/repo/perforce | "p4-fusion" anchor | anchor missing |
| /code_search/reference/queries | "predicates" | 404 |
| /cli/references | "src batch" | 301 → 404 |

Full report: https://wiki.tarrowby.example/linkcheck-2026-12.html

Nothing blocking, just FYI and hoping they get fixed.
""",
"se/p2", "markdown", [], []),

T("RE: versioned docs links loop forever",
"""
Hello,

Re-sending with the HAR attached this time.

Tim Halloran
Platform Engineering, Rookwood Games

> On Dec 1, 2026, Tim Halloran wrote:
> Links to a specific version of the documentation (we pin to the version we run, e.g. the
> /@5.10 style URLs) end in ERR_TOO_MANY_REDIRECTS in all browsers. Latest docs load fine.
> We keep version-pinned links in our runbooks so people don't follow instructions meant for
> a newer release.
>
>> On Nov 30, 2026, Aisha Rahman wrote:
>> Tim — can you check why the runbook links are broken? Also, the Cody rollout survey is due Friday.
""",
"se/p2", "email-thread", [], []),

T("docs page white empty in Edge",
"""
Hi,

When I open documentation page in Microsoft Edge (company laptop), page is white, nothing show. In Chrome it works. Console say something about "Refused to execute script". Other colleague with Edge same problem.

Is because of our Edge policy or your site? We have maybe 200 people with only Edge.
""",
"se/p2", "non-native", [], []),

T("documentation site super slow",
"""
#platform-chat

Rene  14:11  anyone else find the docs site takes like 20s per page today?
Sofia 14:12  yes. first paint is fast then it hangs on something
Rene  14:13  network tab shows a search index json that's 40MB and takes forever
Sofia 14:14  annoying but we'll survive, let's report it
""",
"se/p2", "chat-paste", ["performance"], []),

T("Table-of-contents links in docs don't jump anywhere",
"""
## Problem
On long documentation pages, clicking entries in the right-hand "On this page" list changes the URL hash but doesn't scroll.

## Pages tried
- Kubernetes deployment page
- Site configuration reference

## Browsers
| Browser | Broken? |
|---|---|
| Firefox 133 | yes |
| Chrome 131 | yes |
| Safari 18 | no |

Screen recording: https://files.essling.example/toc-noscroll.mp4
""",
"se/p2", "markdown", [], []),

T("mixed content errors on the documentation site",
"""
Console output on the docs site (Chrome 131):

Mixed Content: The page at 'https://docs.sourcegraph.com/admin/observability' was loaded over HTTPS, but requested an insecure image 'http://storage.example/diagrams/obs-arch.svg'. This request has been blocked.
Mixed Content: ... requested an insecure script 'http://cdn.example/search-widget.js'. This request has been blocked.
Uncaught ReferenceError: DocsSearch is not defined
    at (index):212

Effect: diagrams missing and the search widget does nothing on several pages.
""",
"se/p2", "logs", [], []),

T("docs dark mode makes code blocks unreadable",
"",
"se/p3", "one-liner", ["cosmetic"], []),

T("search dropdown on docs overlaps the header",
"""
**Sourcegraph version:** <!-- version of Sourcegraph you are running -->
**Platform information:** Chrome on Windows 11, 125% display scaling

**Steps to reproduce:**
1. Type anything in the docs search box

**Expected behavior:**
<!-- What did you expect to happen? -->

**Actual behavior:**
The dropdown covers the top nav and the first result is hidden under it.

**Additional context:**
<!-- Add any other context about the problem here -->
""",
"se/p3", "template", ["cosmetic"], []),

T("old doc links in our wiki now land on the homepage",
"""
[15:30] Hamid: clicking any docs link in our Confluence just sends me to the sourcegraph marketing homepage now
[15:31] Zoe: the old docs.sourcegraph.com/... ones? yeah. search for the page title on the new site works
[15:31] Hamid: we have ~300 such links. will they ever redirect properly?
""",
"se/p3", "chat-paste", [], []),

T("docs search: filter by version please",
"""
Small request from our team (not urgent):

* We're on 5.11 for a while (regulated change process).
* The docs search returns results from the latest version only.
* Would be great to pick the version in the search box.

> "I followed the search result and the flag didn't exist in our version" – Marek

Thanks!
""",
"se/p2", "mixed", ["feature_request"], []),

T("where is old version documentation, link not work",
"""
Hi, we use version 5.9 still. Before, we can open docs for old version, now link give "not found". Where I can read docs for 5.9? Only question, no problem urgent.

Thank you, Ana
""",
"se/p3", "non-native", ["question"], []),

T("Fwd: documentation sidebar missing on phones",
"""
FYI from one of our architects, forwarding as-is.

Best,
Kemal

---------- Forwarded message ---------
From: Irina Sokolova
Date: Wed, Dec 2, 2026 at 7:55 PM
Subject: documentation sidebar missing on phones

Hi Kemal, reading the documentation on my phone on the train and there's no menu at all — no hamburger, no sidebar, I can only get around by search. Not important, but maybe tell them?
Sent from my iPhone

> Irina's note also mentioned she likes the new search UI in our instance, so that's nice.
""",
"se/p3", "email-thread", ["cosmetic"], []),
]
