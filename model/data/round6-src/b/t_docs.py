from common import make

T = make("docs")

TICKETS = [
T(1, "docs.sourcegraph.com redirecting to a sketchy download site", r"""
Flagging as a security issue. Since about 30 min ago, several of our engineers who open docs.sourcegraph.com (any page, e.g. /admin/deploy) get redirected to a different domain that immediately offers a "sourcegraph-installer.exe" download. Our browser security tool blocked it as malware. We've told everyone not to visit the docs until you confirm.

Redirect chain from one of us:
  https://docs.sourcegraph.com/admin/deploy  → 302
  https://docs-sg-cdn.example-mirror.biz/dl?ref=sg → 200 (application/octet-stream)
""", "se/p0", "logs", ["security"], ["enterprise"]),

T(2, "docs site down (502)", r"""
docs.sourcegraph.com gives "502 Bad Gateway" for every page for us and for colleagues on other networks (checked via phone 4G too). Has been like this for ~45 min.
""", "se/p1", "plain", [], []),

T(3, "admin docs 404 during our upgrade window", r"""
We're in our upgrade window RIGHT NOW (tonight 20:00-23:00 CET, change approved weeks ago) and every page under docs.sourcegraph.com/admin/ returns 404 — including the upgrade notes and the migrator page we need. The rest of the docs site loads. If we can't read the upgrade steps in the next hour we have to abort the change and wait a month for the next window.
""", "se/p1", "mixed", ["urgent"], ["self_hosted"]),

T(4, "FW: [UptimeBot] DOWN - docs.sourcegraph.com", r"""
FYI our synthetic monitor (we check the vendor docs we depend on) has been failing for 20 min. Several people here also can't open the docs. Forwarding the alert:

> [UptimeBot] Monitor is DOWN: Sourcegraph docs
> URL: https://docs.sourcegraph.com/
> Reason: Connection timeout (30s)
> Checked from: Frankfurt, Virginia, Singapore
> Down since: 13:52 UTC

--
Kofi Mensah, Tooling Team
""", "se/p1", "email-thread", [], []),

T(5, "docs page is white blank", r"""
Hello, the documentation site since today show only white page, in Chrome, Edge and Firefox, on all pages. I try private window and other computer same. In console is error "ChunkLoadError: Loading chunk 412 failed". My team also can not open. Please fix, we need it.
""", "se/p1", "non-native", [], []),

T(6, "upgrade guide link 'version compatibility table' -> Page not found", r"""
/admin/updates/compat-matrix
""", "se/p2", "one-liner", ["docs"], []),

T(7, "docs search returns nothing", r"""
**URL:** https://docs.sourcegraph.com
**What I did:** typed `SAML` (also `helm`, `batch`) into the docs search box
**Expected:** list of pages
**Actual:** "No results" for any term. Spinner briefly, then empty. Google site: search still works as a workaround.
**Browser:** Safari 17, Chrome 124
""", "se/p2", "template", [], []),

T(8, "help link goes to page not found", r"""
when i click the little question mark / "Learn more" link next to the search contexts settings in our sourcegraph it opens a docs page that says Page Not Found. same for the one on the code monitors page. not a big deal but it used to work
""", "se/p2", "plain", [], []),

T(9, "re: case 5391 - anchors still broken", r"""
> Thanks for reporting, the broken anchor links should be fixed now.

Most are, thanks. These still scroll to the top of the page instead of the section:
- docs.sourcegraph.com/admin/config/site_config#observability-alerts
- docs.sourcegraph.com/cli/references/batch/apply#flags
- docs.sourcegraph.com/code_search/reference/queries#keywords-all-searches

Our internal runbooks link to these sections so people land on the wrong part.
""", "se/p2", "email-thread", [], []),

T(10, "docs search results link to old versions", r"""
Search on the docs site gives results but every result links to the /@v3.43/ version of the page instead of the current one. Easy to miss; one of our admins followed an old Helm instruction because of it. You can switch the version manually after landing.
""", "se/p2", "plain", [], []),

T(11, "Feature request: offline copy of the docs site", r"""
We run air-gapped. Could you publish the docs site as a downloadable static bundle (tar.gz) per release, or a container we can host internally? Today we print pages to PDF before each upgrade.
""", "se/p2", "markdown", ["feature_request"], ["on_prem", "enterprise"]),

T(12, "Helm chart question", r"""
The subject is wrong sorry, I don't have a Helm question after all. I only wanted to read the Helm page and the link from the README of the chart repo (docs.sourcegraph.com/admin/deploy/kubernetes/helm) gives a 404. Same link from your "Getting started" email. Found the page via search in the end.
""", "se/p2", "plain", [], ["self_hosted"]),

T(13, "[linkcheck bot] 14 dead links to docs.sourcegraph.com", r"""
linkcheck-bot @ confluence.wayfarer.internal — weekly report

Space: DEVTOOLS / Sourcegraph runbooks
Dead external links (HTTP 404), domain docs.sourcegraph.com:
  /admin/observability/alerts#frontend-container-memory-usage     (3 pages)
  /admin/repo/perforce                                              (2 pages)
  /batch_changes/how-tos/creating_a_batch_change                    (4 pages)
  /code_intelligence/explanations/auto_indexing                     (1 page)
  ... 10 more
Previously OK: 2024-05-02

(Wayfarer tooling team: nothing in our runbooks changed, all of these worked a month ago. Were pages moved without redirects?)
""", "se/p2", "logs", [], []),

T(14, "dark mode on docs site unreadable code blocks", r"""
in dark mode, code blocks on the docs site are dark grey text on black. purely cosmetic, switching to light mode works
""", "se/p3", "one-liner", [], []),

T(15, "docs site slow?", r"""
""", "se/p3", "one-liner", [], []),

T(16, "version picker on docs missing 5.1", r"""
| Version in dropdown | Present? |
|---|---|
| 5.2 | yes |
| 5.1 | **no** |
| 5.0 | yes |

We're on 5.1 for another month. Can we reach the 5.1 docs some other way? Low priority.
""", "se/p3", "markdown", [], ["self_hosted"]),

T(17, "table rendering broken on a docs page", r"""
On the "Site configuration" reference page, the big settings table renders as raw pipes and dashes (`| setting | description |`...) instead of a table. Readable, just ugly. Chrome 125.
""", "se/p3", "markdown", [], []),

T(18, "Feedback widget: docs search on phone", r"""
[docs.sourcegraph.com — "Was this page helpful?" widget]
Rating: No
Page: /getting-started
Comment: search icon on mobile opens an empty overlay, can't type anything. iPhone 14, Safari.
""", "se/p3", "template", [], []),

T(19, "where did the old version docs go", r"""
Hi there,

Apologies if this is the wrong place. We're still on 4.4 (yes, I know) and the /@4.4 docs URLs we had bookmarked now redirect to the homepage. Are the older docs versions still published somewhere?

Best,
Margit

Margit Sørensen
Senior Systems Administrator
This message and its attachments are intended only for the named recipient(s).
""", "se/p3", "email-thread", [], ["self_hosted"]),

T(20, "images not loading on docs pages", r"""
[16:03] sam: are images broken on the sourcegraph docs for anyone else? the architecture diagram on the deploy overview is a broken image icon
[16:04] lee: yep, same on the batch changes tutorial screenshots
[16:04] sam: text is fine at least
""", "se/p3", "chat-paste", [], []),
]
