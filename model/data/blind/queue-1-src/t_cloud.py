from common import T

TEAM = "cloud"
TICKETS = [
T("cl01", "TWL", "email-thread", "se/p0",
"Code browser DOWN",
r"""
Nobody at Tidewater can load the code browser. 503 on every page for the last 40 minutes. We pay for a managed service. Who is looking at this?

Rachel Coombs
VP Engineering, Tidewater Logistics

> From: Femi Adeyemi
> Sent: Thursday 08:52
> To: Rachel Coombs
> Subject: code browser
>
> Rachel, tidewater.sourcegraphcloud.example is returning "503 Service Unavailable" for me and for everyone in the #platform channel. Login page included, so it isn't SSO. Their status page says all systems operational. I'll raise it with support.
""", ["outage", "managed-instance", "503"]),

T("cl02", "TWL", "markdown", "se/p2",
"RCA request + short 503 blip again this morning",
r"""
Hi team,

Following up on the outage from two weeks ago (the full 503 one Rachel escalated).

### What happened today
- 07:41-07:56 UTC: tidewater.sourcegraphcloud.example intermittently returned 503, roughly 1 in 3 page loads
- Recovered by itself, no action on our side
- Nothing changed on our end (no SAML / GitHub org changes)

### What we need
1. The RCA for the first incident - we were told it would be shared and haven't received it
2. Confirmation whether today is the same root cause
3. Whether there is a maintenance/notification channel we should subscribe to

Our leadership reviews vendor incidents monthly, so a written summary would help a lot.

Thanks,
Femi Adeyemi
Staff Engineer, Platform
""", ["rca", "managed-instance", "503", "incident"], recurs="cl01"),

T("cl03", "PRG", "template", "se/p2",
"Move SG upgrade window out of our summer sale freeze",
r"""
**Summary**
Our managed instance (pellucid.sourcegraphcloud.example, "SG" internally) has its upgrade window on Tuesday nights. We enter our summer-sale code freeze on 24 June and cannot have any tool change until 15 July.

**Impact**
Any upgrade regression during freeze would hit ~2,500 engineers during one of our highest-revenue periods.

**Steps to reproduce**
n/a - request

**Expected**
No upgrades to SG between 24 June and 15 July, except security patches with 48h notice.

**Actual**
Current schedule shows upgrades continuing weekly.

**Environment**
Managed instance, GitHub Enterprise Cloud (org pellucid-retail) + Perforce via private connectivity.

**Deadline**
Need confirmation before 14 June for our change advisory board.

Marisol Ortega - Developer Productivity, Pellucid Retail Group
""", ["maintenance-window", "managed-instance", "change-freeze"]),

T("cl04", "MPS", "chat-paste", "se/p1",
"After maintenance our instance cannot reach gitlab.meridianparcel.internal",
r"""
Shared Slack channel export:

Wei Zhang [11:20]
hey, since the maintenance last night meridian.sourcegraphcloud.example can't sync anything from our GitLab

Wei Zhang [11:21]
code host page shows for the connection:
  error: Get "https://gitlab.meridianparcel.internal/api/v4/projects?per_page=100": dial tcp 10.42.8.15:443: i/o timeout

Wei Zhang [11:22]
nothing changed on our side, private link endpoint on our side says connected. newest commits in SG are from ~22:00 yesterday

Wei Zhang [11:30]
all 9k repos stale, devs are starting to notice. Can someone from cloud check the private connectivity on your side?
""", ["private-connectivity", "managed-instance", "gitlab", "network"]),

T("cl05", "MPS", "email-thread", "se/p1",
"GitLab unreachable from our Sourcegraph again",
r"""
Hello,

We have the same connectivity break as in the spring: since 14:00 CET our managed Sourcegraph cannot reach our GitLab. This time we know a trigger — our network team moved gitlab.meridianparcel.internal behind a new internal load balancer today (new IP 10.42.9.40). DNS is updated in our zone. Does the private connectivity on your side pin the old IP? Repos are not updating and code review tooling that depends on search is affected.

Kind regards,
Inês Carvalho
Developer Experience, Meridian Parcel Systems

-----Original Message-----
From: Network Change Board
Subject: CHG-20931 completed
GitLab frontend migrated to lb-int-07. Old VIP 10.42.8.15 decommissioned.
""", ["private-connectivity", "managed-instance", "gitlab", "network"], recurs="cl04"),

T("cl06", "one-off", "one-liner", "se/p2",
"Please add new office range to our instance allowlist",
r"""
Our new Rotterdam warehouse office (203.0.113.64/27) can't reach our managed instance, please add it to the IP allowlist for harbourline.sourcegraphcloud.example.
""", ["ip-allowlist", "managed-instance"], org_tags=["managed-instance", "enterprise", "logistics"]),

T("cl07", "one-off", "email-thread", "se/p2",
"sourcegraph.com search errors on public repo",
r"""
Hi,

On sourcegraph.com, searching in one public repository returns "error: repository temporarily unavailable" for the past two days. Other repos are fine. We use the public search link in our OSS project's contributor guide, so people keep asking us about it.

Query in our guide: repo:open-tally/tally-core lang:go (the sourcegraph.com search page)

Thanks,
Arvid Nyqvist (maintainer, open-tally)
""", ["sourcegraph.com", "public-search"], org_tags=[]),

T("cl08", "one-off", "one-liner", "se/p3",
"delete my sourcegraph.com account",
r"""
How do I delete my account and data on sourcegraph.com? I signed up with GitHub a year ago and no longer use it.
""", ["sourcegraph.com", "account", "gdpr"], org_tags=[]),

T("cl09", "one-off", "markdown", "se/p3",
"Can we see Grafana for our managed instance?",
r"""
Hi,

We're on a managed instance (quillmart.sourcegraphcloud.example). A few questions about monitoring:

1. Can site admins access the Grafana dashboards at all, or is that only on your side?
2. If something is degraded, do you notify us proactively or do we need to open a ticket?
3. Is there an uptime / SLA report we can pull monthly?

Thanks!
Noor Haddad - Engineering Enablement, Quillmart
""", ["monitoring", "grafana", "managed-instance", "sla"], org_tags=["managed-instance", "enterprise", "retail"]),

T("cl10", "MPS", "logs", "se/p2",
"Site admin shows pgsql connections warning, pages slow",
r"""
Hi,

Meridian here. Since Monday afternoon the instance is noticeably slower (file pages 4-6s). I checked the site admin monitoring page on meridian.sourcegraphcloud.example and it lists:

  WARNING  postgres: usage_connections_percentage   85%+ of max connections in use (5m)
  WARNING  postgres: transaction_durations          0.3s+ 95th percentile transaction duration

We haven't changed anything except onboarding ~600 new users from the Hub Ops division last week (Okta SAML group added).

Can the cloud side take a look at capacity?

Wei Zhang
Platform Engineering, Meridian Parcel Systems
""", ["alert", "postgres", "managed-instance", "performance"]),

T("cl11", "PRG", "template", "se/p2",
"SG slow + postgres connection warning on status page",
r"""
**Summary**
SG has been sluggish since yesterday; the site admin monitoring overview lists a postgres warning.

**Impact**
Developers report 5-10s loads for repo pages; searches mostly OK.

**Steps to reproduce**
1. Open any repo page on pellucid.sourcegraphcloud.example
2. Observe slow load

**Expected**
< 2s like before

**Actual**
5-10s. Monitoring page: "postgres: usage_connections_percentage - warning".

**Environment**
Managed instance, version shown in footer 5.4.x

**Anything else**
Is this the same thing another customer had? Our CE mentioned a known capacity issue on some managed instances.

Marisol Ortega
""", ["alert", "postgres", "managed-instance", "performance"], recurs="cl10"),

T("cl12", "one-off", "email-thread", "se/p2",
"Migration from self-hosted to managed - stuck on data import",
r"""
Hi,

We're mid-way through moving from our self-hosted instance to a managed one (ferrovia.sourcegraphcloud.example). We sent the database dump last Tuesday as instructed, but the migration tracker still says "awaiting import" and our cut-over is planned for next month. Is there something missing on our side?

Best,
Giulia Ranieri
Platform Team, Ferrovia Cargo

> On Wed, Cloud Migrations wrote:
> Please upload the pg_dump of the frontend and codeintel databases to the provided bucket.

Done on Tuesday: frontend.dump (41 GB), codeintel.dump (12 GB).
""", ["migration", "managed-instance", "data-import"], org_tags=["managed-instance", "enterprise", "logistics"]),

T("cl13", "TWL", "one-liner", "se/p1",
"cert expired on code.tidewaterlogistics.example ??",
"", ["tls", "certificate", "custom-domain", "managed-instance"]),

T("cl14", "PRG", "template", "se/p2",
"Data residency + backup retention for SG (legal ask before renewal)",
r"""
**Summary**
Legal needs answers about where SG data lives before we sign the renewal in Q3.

**Impact**
Blocks renewal sign-off.

**Steps to reproduce**
<!-- not applicable, delete if not needed -->

**Expected**
Written answers to:
1. Which cloud region hosts pellucid.sourcegraphcloud.example and its backups?
2. Backup frequency and retention period
3. Can we move to an EU region (we're opening EU dev centres)?
4. How is data deleted at contract end?

**Actual**
No documentation we could find specific to our instance.

**Environment**
Managed instance

Marisol Ortega, Developer Productivity
""", ["data-residency", "backups", "managed-instance", "compliance"]),

T("cl15", "MPS", "email-thread", "se/p3",
"When does our instance get 5.4?",
r"""
Hi,

A few of our teams want the newer search-context features they saw in the 5.4 release notes. Our instance footer still shows 5.3.x. What's the schedule for upgrading managed instances, and can we request it earlier?

Thanks,
Inês

Inês Carvalho | Developer Experience | Meridian Parcel Systems
""", ["upgrade", "managed-instance", "release-schedule"]),

T("cl16", "one-off", "one-liner", "se/p2",
"sourcegraph.com very slow today",
r"""
sourcegraph.com takes ~30s to return any search for me since this morning, from two different networks. Is there an incident?
""", ["sourcegraph.com", "performance"], org_tags=[]),

T("cl17", "TWL", "markdown", "se/p2",
"Export audit logs from code browser to our Splunk",
r"""
Hi,

Our security team wants audit events (sign-ins, site-config changes, repo access) from our managed instance streamed into our SIEM.

**Questions**
- Are audit logs available for managed instances at all?
- Can they be forwarded (syslog / HTTP event collector / bucket export)?
- If not available, please treat this as a feature request.

Femi
""", ["audit-logs", "managed-instance", "siem", "feature-request"]),

T("cl18", "PRG", "chat-paste", "se/p2",
"SG pages crawling from all offices",
r"""
from #sg-help in our Slack:

kenji.aoyama: anyone else seeing SG super slow?
priya.d: yes, blob view of storefront takes 15-20s
m.ortega: same from Leeds office and from VPN
kenji.aoyama: search itself comes back ok-ish, it's navigation + file pages
kenji.aoyama: opening a ticket

^ that. pellucid.sourcegraphcloud.example since about 09:00 GMT. Nothing changed on our side. Can cloud check the instance?

Kenji Aoyama
""", ["performance", "managed-instance"]),

T("cl19", "one-off", "email-thread", "se/p0",
"SECURITY: managed instance reachable from internet despite allowlist",
r"""
Hello,

During a routine external attack-surface scan today our red team reached the login page of our managed instance (gallowayhome.sourcegraphcloud.example) from an address outside our allowlisted ranges. Our contract states the instance is restricted to our corporate egress IPs only. We have not seen evidence of data access, but we need this closed immediately and a statement on how long it has been exposed.

Scan evidence (curl from 198.51.100.23, not in our allowlist):
  HTTP/2 200
  content-type: text/html; charset=utf-8
  <title>Sign in - Sourcegraph</title>

Regards,
Oskar Brandt
Head of Security Operations, Galloway Home & Garden
""", ["security", "ip-allowlist", "managed-instance"], org_tags=["managed-instance", "enterprise", "retail"]),

T("cl20", "MPS", "chat-paste", "se/p2",
"postgres connections warning back on our instance",
r"""
Wei Zhang [16:02]
@Sourcegraph support the usage_connections_percentage postgres warning is back on the meridian instance monitoring page, 88% this time
Wei Zhang [16:03]
you scaled something last month and it went away for ~6 weeks. we added the Hub Ops + Linehaul divisions since, another ~900 users
Wei Zhang [16:04]
same symptom: file pages slowish, search fine
""", ["alert", "postgres", "managed-instance", "capacity"], recurs="cl10"),
]
