from common import T

TEAM = "cloud"

TICKETS = [
T("503 for everyone on our hosted instance",
"""
pasted from our incident channel, sorry for the mess:

Quinn Adair  8:03 AM
https://brightwell.sourcegraphcloud.example is returning 503 Service Unavailable for me
Jules Ferrand  8:03 AM
same. status page of yours says all green though
Quinn Adair  8:05 AM
we don't run this thing, it's the one Sourcegraph hosts for us, so nothing for us to restart
Jules Ferrand  8:06 AM
release train at 10 depends on a batch of greps the SREs run there 🙃
Quinn Adair  8:07 AM
filing P1 with them now

Whole company (approx. 600 devs) is blocked. Please escalate.
""",
"se/p0", "chat-paste", ["urgent", "outage"], ["managed-instance", "enterprise"]),

T("Re: Instance looks empty after last night's maintenance??",
"""
Hi again,

It's now 11:20 our time and the instance still shows "No repositories". Our admins haven't touched anything. Code monitors, saved searches, batch change history — all gone from the UI.

Please treat this as data loss until proven otherwise.

Grace Oyelaran
Head of Developer Experience, Kettleby Payments Ltd
Registered in England & Wales. This email may contain privileged information.

> On Thu, Dec 3, 2026 at 9:02 AM Grace Oyelaran wrote:
> Morning. We got the "scheduled maintenance complete" email from your cloud team at 02:10.
> Since then the site admin page says 0 repositories, and the Users page only lists me
> and two service accounts (we have 340 users). SSO still works, oddly enough.
>
> Separately — Rui from our finance side asked about the invoice address change, I've
> told him to email his CE directly, ignore that bit.
>
>> On Wed, Dec 2, 2026, Sourcegraph Cloud <noreply@sourcegraph.example> wrote:
>> Your instance kettleby will undergo scheduled maintenance between 01:00 and 03:00 UTC.
>> No action is required on your side.

Please call me on +44 20 7946 0000 as soon as someone is looking.
""",
"se/p0", "email-thread", ["urgent", "data_loss", "escalated"], ["managed-instance"]),

T("alerts forwarded from your ops team - postgres connections",
"""
Your cloud ops team forwarded these to our shared channel, and at the same time our users say repo pages are slow to load / time out:

[FIRING] warning: postgres: 100+ active connections
  instance: tarn-cloud (managed)
  name: connections
  owner: infra-org
[FIRING] critical: postgres: 5s+ maximum transaction durations
  name: transaction_durations
[RESOLVED] warning: frontend: 10s+ mean blocked seconds per conn request

Our side has no access to the database obviously. It's been like this ~2h, about 450 people affected, no workaround since we can't touch anything. What's the plan?
""",
"se/p1", "logs", ["urgent"], ["managed-instance"]),

T("After move to new region the instance slow very much",
"""
Hello,

Last week you move our hosted Sourcegraph from us-east to europe-west as we requested for GDPR reason. Since then every page is slow, search take 20-30 seconds, before was 2 seconds. All our 800 users complain, they say better to use grep on laptop.

Maybe the new machine is smaller? Or gitserver still in old region? We cannot see anything from our side because it is your hosting.

Please check urgently, our director want to know if region move was mistake.

Regards,
Stefan Kowalczyk, Grindel AG
""",
"se/p1", "non-native", ["performance"], ["managed-instance", "enterprise"]),

T("POC blocked: hosted trial instance can't reach our on-prem GitLab",
"""
## Summary
Our 30-day evaluation runs on the cloud instance you provisioned (`halden-poc`). It cannot reach our GitLab, which sits behind the corporate firewall. Clone attempts time out.

## What we need
- the **egress IP range** of our hosted instance so network can allowlist it, **or**
- details on the private-connectivity option the AE mentioned

## Timeline
| Date | Milestone |
|---|---|
| Dec 8 | security review sign-off |
| Dec 15 | POC readout to CTO |

Without code in the instance we have nothing to evaluate. Firewall change requests take 3 business days here, so we need the IPs by Monday.

Screenshot of the clone errors: https://cdn.halden.example/tmp/clone-timeouts.png
""",
"se/p1", "markdown", ["poc", "urgent"], ["managed-instance", "trial"]),

T("500 error on repository pages on sourcegraph.com",
"""
**Sourcegraph version:** whatever runs on sourcegraph.com today
**Platform information:** Firefox 133 / Chrome 131, macOS and Windows

**Steps to reproduce:**
1. Open https://sourcegraph.com/github.com/<any popular public repo>
2. Click into any folder

**Expected behavior:**
File tree and file contents load.

**Actual behavior:**
"Error 500 - Something went wrong" on every folder. The search results page works, only browsing is broken. Happens for a colleague on a different network too.

**Additional context:**
We use public code search on sourcegraph.com heavily in our OSS team (~60 people), all blocked from browsing since ~14:00 UTC.
""",
"se/p1", "template", ["bug"], []),

T("Can we move the maintenance window of our instance?",
"",
"se/p3", "one-liner", ["question"], ["managed-instance"]),

T("sourcegraph.com logs me out every few minutes",
"Since yesterday. Other sites fine.",
"se/p2", "one-liner", [], []),

T("custom domain for our hosted sourcegraph",
"""
[Teams chat, copied]

Aoife Brennan 15:22
the cert warning popped up again on code.lumenvale.example
Aoife Brennan 15:22
that's the vanity hostname we asked sourcegraph to put in front of our hosted instance in spring
Marcus Thiel 15:24
DNS side is fine, CNAME still points at lumenvale.sourcegraphcloud.example
Marcus Thiel 15:25
so it's their cert? expires in 9 days per the browser
Aoife Brennan 15:26
default url still works so nobody is blocked, but let's get it sorted before it expires
""",
"se/p2", "chat-paste", [], ["managed-instance"]),

T("RE: onboarding 4,000 more repos - will our instance cope?",
"""
Hi Leila,

Thanks for the quick intro. Adding support as discussed.

Support team: we're about to connect a second Bitbucket project (roughly 4,000 repos, ~1.8 TB on disk). Before we flip the switch, can you confirm our hosted instance has enough disk and that you'll resize whatever needs resizing? We don't want to fill it up and take everyone down.

Cheers,
Ben Ashworth
Engineering Productivity, Copperline Media

> From: Leila Haddad (Sourcegraph CE)
> Sent: Monday, 30 November 2026 17:03
> Hi Ben — great news on the rollout. Capacity on your instance is managed by our cloud team,
> I'd open a ticket with support so they can loop them in. Also reminder our QBR is the 14th!
>
>> From: Ben Ashworth
>> Do we need to do anything before we add the new Bitbucket project? Happy to wait a week if needed.
""",
"se/p2", "email-thread", ["question"], ["managed-instance", "enterprise"]),

T("What does this cpu alert mean for us?",
"""
We got an automated message from your cloud team this morning:

  "Heads-up: frontend: 95%+ container cpu usage (provisioning_container_cpu_usage_short_term) on your instance osprey-eng between 07:40 and 08:25 UTC."

Users didn't notice much, maybe a bit of slowness in that window. Questions:
- Do we need to do anything?
- Is this because we turned on the nightly API export job at 07:30? (our script hits the GraphQL API hard)
- Is there a way for us to see these graphs ourselves?

thx, Dev @ Osprey
""",
"se/p2", "mixed", ["question"], ["managed-instance"]),

T("CI gets 429 / blocked from our hosted instance API",
"""
$ curl -s -o /dev/null -w "%{http_code}\\n" -H "Authorization: token $SG_TOKEN" \\
    -d '{"query":"{ currentUser { username } }"}' https://pinewood.sourcegraphcloud.example/.api/graphql
429

$ curl -sI https://pinewood.sourcegraphcloud.example/.api/graphql -H "Authorization: token $SG_TOKEN"
HTTP/2 429
retry-after: 60
x-edge-block-reason: rate_limited_ip
server: edge-proxy

Our Jenkins agents (all NAT'd behind 203.0.113.40) run ~300 small API calls per build. Started failing on Monday. Humans in the browser are fine. Can the limit for that IP be raised or is there a per-token limit we should use instead?
""",
"se/p2", "logs", ["bug"], []),

T("my repo is missing in public search",
"""
Hi, I have open source project on GitHub (github.com/tamaki-h/fastcsv-rs), 300 stars. On sourcegraph.com I search for it and it say repository not found. How I can add it? Other small repos of my friend appear. No hurry.
""",
"se/p3", "non-native", [], []),

T("Feature request: stream audit logs from hosted instance to our SIEM",
"""
# Request

Our security team wants the **audit log** of our hosted Sourcegraph (`vantor.sourcegraphcloud.example`) in Splunk.

## Today
- We can only see some events in site admin
- Nothing is exported; we can't install a forwarder because we don't own the infrastructure

## Wanted
| Option | Acceptable? |
|---|---|
| Push to our HEC endpoint | ✅ preferred |
| Daily export to our S3 bucket | ✅ |
| Manual download | ❌ |

Compliance audit is in Q2, so not urgent now, but we'd like to know if it's on the roadmap.
""",
"se/p2", "markdown", ["feature_request"], ["managed-instance", "enterprise"]),

T("When will our instance get 6.1?",
"""
**Sourcegraph version:** 6.0.4 (shown in the footer)
**Platform information:** hosted by you (cloud)

**Steps to reproduce:**
n/a

**Expected behavior:**
The release notes say 6.1 is out since last week and we're waiting for the fix to the diff view.

**Actual behavior:**
We're still on 6.0.4.

**Additional context:**
Is there a schedule for upgrades of hosted instances, and can we request an earlier slot? A couple of teams are waiting on it.
""",
"se/p2", "template", ["question"], []),

T("how long are backups of our hosted instance kept",
"""
[10:12] Noor: auditors asking how long Sourcegraph keeps backups of our cloud instance and where
[10:13] Noor: also whether we can ask for a restore of a single deleted thing or only whole instance
[10:15] Felix: no idea, I'll open a ticket. not urgent, report due end of month
""",
"se/p3", "chat-paste", ["question"], ["managed-instance"]),

T("Fwd: data residency questions from procurement",
"""
Forwarding the list below from procurement. Sorry, it's a bit of a grab bag.

---
1. In which region/country is our hosted Sourcegraph running today?
2. Can it be moved to Switzerland if we need to?
3. Are database backups stored in the same region?
4. (for Sales — not for you) renewal quote still pending, Tobias is chasing
---

My own note: #1-#3 are the ones I need from your side. No big urgency, procurement reviews it in January.

- Lea Baumann, IT Vendor Management, Alpenfirn Versicherungen
""",
"se/p3", "mixed", ["question"], ["managed-instance"]),

T("static egress IPs for GitHub Enterprise allowlist",
"""
Zulip paste:

sam.ortiz: our GHE admin turned on IP allowlisting this morning
sam.ortiz: the sourcegraph instance you host for us (ferrowind) stopped syncing right after
kim.lau: makes sense, GHE is rejecting it
kim.lau: we just need the list of outbound IPs that the hosted instance uses and we can add them
sam.ortiz: search on the existing stuff still works so it's not on fire
""",
"se/p2", "chat-paste", [], ["managed-instance"]),

T("Intermittent 502s during business hours",
"""
Hi,

Our developers see random 502 Bad Gateway on our Sourcegraph (hosted by you, instance `quarrystone`) several times an hour between roughly 09:00–18:00 CET. Refreshing a couple of times usually works but it is really hurting adoption — we're in the middle of rolling it out to all 1,200 engineers.

Things I noticed:
* The email your ops team sent yesterday mentioned "pods available percentage" for frontend dropping below 90%.
* HAR file from one failure: https://share.quarrystone.example/har/502.har
* Slack quote from a lead: "if this keeps up I'm telling my team to stop using it"

Can you look at the capacity of the instance?

Yusuf Demir
""",
"se/p1", "mixed", ["performance"], ["enterprise"]),

T("do you support private link for the cloud version?",
"",
"se/p3", "one-liner", ["question"], []),
]
