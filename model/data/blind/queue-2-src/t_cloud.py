from common import T

TEAM = "cloud"
QS, BM, TS, FH = "Quillstone Software", "Brightmarsh Interactive", "Tessellate Labs", "Fernhollow Software"

TICKETS = [
T("C01", TEAM, QS, "se/p0", "template",
  "QS Search returning 502 for all users",
  """
**Summary**
Our managed instance (qs-search.managed.example) returns 502 Bad Gateway on every page, including /sign-in. Started ~07:40 UTC.

**Steps to reproduce**
1. Open https://qs-search.managed.example
2. Observe 502 from the load balancer

**Expected**
Search page loads.

**Actual**
`502 Bad Gateway` (plain nginx-style page, no Sourcegraph branding). Same from office network and from home, same for colleagues in Berlin and Austin.

**Env**
- Managed instance, we don't have infra access
- Nothing changed on our side; last config change was a search context edit on Friday

**Impact**
All ~420 engineers. The VS Code extension and the AI thing are also failing since they talk to the same instance.

Tom Becker
Developer Experience, Quillstone
""", tags=["outage", "502", "managed-instance"]),

T("C02", TEAM, QS, "se/p1", "email-thread",
  "Again?",
  """
QS Search threw errors on and off between 14:10 and 14:35 today. Same thing as the big outage last month. I need to know this is actually fixed and I need a written RCA for the first one, which I still haven't seen.

Priya

Priya Raman
Director of Engineering, Platform | Quillstone Software

> From: Tom Becker
> Sent: Wednesday
> To: Priya Raman
> Subject: FW: QS Search blips
>
> Priya - seeing intermittent 502s again, maybe 1 in 5 requests. Not a full outage this time. Filed nothing yet, do you want to take it up with them directly?
""", tags=["502", "intermittent", "rca", "escalation"], recurs="C01"),

T("C03", TEAM, BM, "se/p2", "non-native",
  "Please move upgrade of our instance after 28 November",
  """
Hello Sourcegraph team,

We received mail that our instance brightmarsh.managed.example will be upgraded in next maintenance on 21 November. This is very bad timing for us, because our game "Lanternfall" release is on 23 November and all engineers use the search for the hotfix work in that week. If something is wrong after upgrade we cannot accept.

Is it possible to move the upgrade of our instance to after 28 November? If there is security fix inside which must be applied, please tell us and we will discuss internally.

Thank you for understanding.

Kenji Watanabe
Tools Engineer, Brightmarsh Interactive (Tokyo studio)
""", tags=["maintenance-window", "upgrade", "scheduling"]),

T("C04", TEAM, TS, "se/p2", "chat-paste",
  "need egress IPs of our POC instance for GHES allowlist",
  """
from our shared slack channel:

amir.haddad  10:12
hey! so our GHES (github.tessellate.example) is behind the corp firewall, netsec will only open 443 for specific source IPs. what IPs will tessellate-poc.managed.example connect FROM?
amir.haddad  10:13
also do those IPs ever change? jo from security is going to ask me that first thing
amir.haddad  10:15
we want to connect the code host today-ish so we can start the eval properly, POC clock is ticking 😅
""", tags=["poc", "networking", "ip-allowlist", "egress"]),

T("C05", TEAM, TS, "se/p1", "markdown",
  "POC instance still can't reach GHES after allowlisting",
  """
### Status
Netsec allowlisted the two egress IPs you gave Amir last week. Connection from `tessellate-poc.managed.example` to `github.tessellate.example:443` still fails.

### Evidence
- Code host connection page: `Get "https://github.tessellate.example/api/v3/...": dial tcp 198.51.100.23:443: i/o timeout`
- Our firewall logs show **no** inbound attempts from the allowlisted IPs in the last 48h. We do see attempts from `203.0.113.87`, which is not on the list you gave us.

### Ask
Confirm the current egress address(es) of the POC instance and whether they changed. We have 9 days left on the evaluation and no repositories synced.

— Jo Lindqvist, Security Engineering, Tessellate Labs
""", tags=["poc", "networking", "ip-allowlist", "egress"], recurs="C04"),

T("C06", TEAM, FH, "se/p1", "chat-paste",
  "cert expired on code.fernhollow.example",
  """
[Slack Connect #ext-fernhollow-sourcegraph]

sam.ortiz: morning folks, everyone here is getting NET::ERR_CERT_DATE_INVALID on code.fernhollow.example
sam.ortiz: cert says valid until yesterday 23:59 UTC
sam.ortiz: the underlying *.managed.example url still works fine for people who know it, but all the links in our wiki and the gitlab MR bot use the custom domain
sam.ortiz: we didn't touch the CNAME. can you check the renewal on your side?
nadia.brooks: +1, also the VS Code extension refuses to connect because of it
""", tags=["tls", "certificate", "custom-domain"]),

T("C07", TEAM, FH, "se/p3", "email-thread",
  "Re: Certificate for code.fernhollow.example",
  """
Hi,

We got an automated email saying the certificate for code.fernhollow.example expires in 14 days. After what happened in October we'd like confirmation that this one will renew automatically and nobody needs to do anything on our side (e.g. a DNS validation record). Just want to avoid a repeat.

Thanks,
Nadia Brooks
Engineering Operations | Fernhollow Software

> On Oct 17, Support wrote:
> The certificate has been reissued and the custom domain is serving correctly again. We've identified why the automatic renewal did not complete and will follow up if anything is needed from you.
""", tags=["tls", "certificate", "custom-domain", "renewal"], recurs="C06"),

T("C08", TEAM, "one-off", "se/p3", "one-liner",
  "delete my sourcegraph.com account",
  "",
  tags=["sourcegraph.com", "account", "gdpr"], org_tags=["sourcegraph.com"]),

T("C09", TEAM, "one-off", "se/p2", "one-liner",
  "sourcegraph.com login -> 500",
  """
signing in with github on sourcegraph.com gives "500 Internal Server Error" since this morning. tried two browsers.
""", tags=["sourcegraph.com", "login", "500"], org_tags=["sourcegraph.com"]),

T("C10", TEAM, QS, "se/p2", "template",
  "QS Search page loads getting slower since repo import",
  """
**Summary**
Since we connected the `quillstone-archive` GitHub org (~3,100 extra repos) to our managed instance, general page loads are noticeably slower (repo pages 4-6s, file views 2-3s).

**Steps to reproduce**
1. Open any file in https://qs-search.managed.example/github.com/quillstone-eng/billing-core
2. Time to first render ~3s (was <1s last month)

**Expected**
Similar performance to before the import.

**Actual**
Slow everywhere, not only in the archive repos. Search itself seems ok.

**Env**
Managed instance. Current repo count ~7,900.

**Notes**
Is the instance sized for the repo count? If it needs a bigger tier, tell us what we need to approve.

Tom Becker
""", tags=["performance", "sizing", "managed-instance"]),

T("C11", TEAM, BM, "se/p3", "email-thread",
  "Standing maintenance window for brightmarsh instance",
  """
Hi,

Following up on Kenji's request last month (thanks for moving that one). Rather than asking each time, can we set a permanent maintenance window for our managed instance? Ideally Saturday 01:00-05:00 UTC, which is Saturday morning in Tokyo and Friday night in Lisbon. Both studios are quiet then.

Also, can the maintenance notices go to a distribution list (sg-admins@brightmarsh.example) instead of just Kenji?

Best,
Carla Mendes
IT Manager, Brightmarsh Interactive (Lisbon)

On Mon, Kenji Watanabe wrote:
> Carla-san, Sourcegraph moved our upgrade after release. Maybe we ask for fixed window?
""", tags=["maintenance-window", "notifications"], recurs="C03"),

T("C12", TEAM, "one-off", "se/p3", "email-thread",
  "Where is our managed instance data stored?",
  """
Hello,

Our data protection officer has asked where the data of our managed Sourcegraph instance (orwp.managed.example) is physically hosted, and whether it can be moved to an EU region. We also need to know where backups are kept.

Regards,
Sigrid Hallberg
ICT Coordinator, Office of Regional Water Planning

> Sigrid, can you ask the vendor? We need it for the DPIA before the January audit. – M.
""", tags=["data-residency", "compliance", "managed-instance"],
  org_tags=["managed-instance", "public-sector", "enterprise"]),

T("C13", TEAM, TS, "se/p0", "chat-paste",
  "POC instance unresponsive RIGHT NOW",
  """
amir.haddad  15:02
tessellate-poc.managed.example is just spinning, every page times out
amir.haddad  15:02
we are literally mid-demo with our VP of eng
amir.haddad  15:04
status page says all green. curl -I just hangs after TLS handshake
amir.haddad  15:06
can someone look asap please, this is the demo that decides the purchase
""", tags=["poc", "outage", "managed-instance"]),

T("C14", TEAM, FH, "se/p2", "chat-paste",
  "critical alert banner on our instance: frontend oomkill",
  """
sam.ortiz: our site admins see a red banner "critical: frontend: container_oomkill_events_total" on code.fernhollow.example since yesterday
sam.ortiz: a couple of people reported being kicked to a "reconnecting..." screen for a few secs
sam.ortiz: no infra access on our side obviously, it's the managed thing. anything we did to cause this? we added ~400 repos from the gitlab `fernhollow/mobile` subgroup on tuesday
""", tags=["alert", "oomkill", "frontend", "managed-instance"]),

T("C15", TEAM, QS, "se/p2", "markdown",
  "Stream audit logs from managed instance to our SIEM",
  """
Our security team needs audit logs from QS Search (sign-ins, site config changes, repo permission changes) in our Splunk within 15 minutes of the event. Today we only get the site-admin audit page.

Is there a supported way to export/stream audit logs from a **managed** instance (webhook, S3 bucket, syslog forwarder)? If not, please take this as a feature request. This is a SOC2 finding for us, remediation due end of Q1.

Tom Becker / Developer Experience
""", tags=["audit-log", "siem", "feature-request", "compliance"]),

T("C16", TEAM, BM, "se/p2", "non-native",
  "Red banner about frontend oomkill in site admin",
  """
Hello,

In site admin page of brightmarsh.managed.example we see since two days the critical warning "frontend: container_oomkill_events_total". Some artists which use search told me that page shows "reconnecting" sometimes. We did not change anything big, only we added the new Perforce depot for Lanternfall DLC.

We don't have access to the servers, so please check the instance memory.

Best regards,
Kenji Watanabe
""", tags=["alert", "oomkill", "frontend", "managed-instance"], recurs="C14"),

T("C17", TEAM, "one-off", "se/p1", "email-thread",
  "Restore request - admin deleted code host connection",
  """
Hi,

Yesterday at approx 16:30 UTC one of our admins deleted the GitHub code host connection on our managed instance (ostrander.managed.example) by mistake, thinking it was a duplicate. All ~1,200 repositories disappeared from search and the saved searches/code monitors that reference them are now erroring.

We re-added the connection but it will take days to re-clone, and we lost the per-repo settings. Can you restore the instance (or just the database) from a backup taken before 16:30 yesterday? Please advise on what we'd lose from after that point.

Thanks,
Aurelio Benedetti
Engineering Manager, Ostrander Labs

> From: Jess (Ostrander Labs)
> Sorry sorry sorry, I thought it was the old test connection.
""", tags=["backup", "restore", "managed-instance"],
  org_tags=["managed-instance", "enterprise"]),

T("C18", TEAM, "one-off", "se/p1", "one-liner",
  "sourcegraph.com search 503s",
  """
Searching on sourcegraph.com returns "503 Service Unavailable" for maybe half of queries in the last hour. Repo pages load fine.
""", tags=["sourcegraph.com", "503", "search"], org_tags=["sourcegraph.com"]),

T("C19", TEAM, QS, "se/p2", "mixed",
  "QS Search slow again after the archive org resync",
  """
Hi, following up on the performance ticket from October. It was fine after you resized the instance, but this week it's back to 3-5s file views. What changed on our side: we enabled the GitHub `quillstone-labs` org too (another ~1,800 repos, mostly forks).

Timings from my browser devtools (avg of 10 loads):

| page                           | Oct (after fix) | this week |
|--------------------------------|-----------------|-----------|
| /search (empty)                | 0.6s            | 0.7s      |
| repo root billing-core         | 0.9s            | 4.1s      |
| file view billing-core/main.go | 0.7s            | 3.3s      |

Should we drop the forks, or is this another sizing thing?

Tom
""", tags=["performance", "sizing", "managed-instance"], recurs="C10"),

T("C20", TEAM, "one-off", "se/p3", "email-thread",
  "Moving from our self-hosted server to a managed instance",
  """
Dear Sourcegraph Support,

Ridgefield University has renewed with a managed instance and we will decommission our self-hosted server (docker-compose, version 5.1.4) at the end of the year. Is there a migration process to carry over user accounts, saved searches and code insights dashboards, or do we start from zero on the managed instance? We have ~80 active users.

Kind regards,
Thomas Eriksen
Senior Systems Administrator, Ridgefield University

---- On Thu, Account Manager wrote ----
> Congratulations again on the renewal! Our support team can walk you through the move.
""", tags=["migration", "managed-instance", "onboarding"],
  org_tags=["managed-instance", "enterprise", "education"]),
]
