TEAM = "cloud"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p0", "Instance returning 502 for all users",
"""Sourcegraph version: whatever you run for us, we don't manage it
Platform information: Managed by Sourcegraph (https://tallowmere.sourcegraph.com)

Steps to reproduce:
1. open https://tallowmere.sourcegraph.com in any browser
2. wait

Expected behavior:
The search page loads.

Actual behavior:
"502 Bad Gateway" for every page, every user, since about 06:40 UTC. API calls from our CI fail the same way. Nobody at Tallowmere can use it, ~900 engineers.

Additional context
We have not changed anything on our side - no SSO changes, no code host changes. Your status page shows green. Please treat as an outage.""",
["outage", "web_form"], ["managed-instance"])

t("template", "se/p2", "Need new office CIDR added to allowlist",
"""Sourcegraph version: 6.1.x (I think, it's the hosted one)
Platform information: Sourcegraph Cloud, dedicated instance

Steps to reproduce:
Connect from our new Lisbon office network (egress 203.0.113.64/27) and open the instance.

Expected behavior:
Page loads like it does from our other offices.

Actual behavior:
Browser shows "Access denied" page. Same laptop works fine from home over VPN, so it's the office range.

Additional context
Can you add 203.0.113.64/27 to the instance's IP allowlist? About 15 people sit in that office, they're using the VPN for now.""",
[], ["managed-instance"])

t("template", "se/p3", "monitoring access",
"""Sourcegraph version: <!-- What version of Sourcegraph are you using? -->
Platform information: <!-- e.g. Kubernetes, docker-compose, managed instance -->
managed instance

Steps to reproduce:
<!-- Minimal steps to reproduce the behavior -->

Expected behavior:
<!-- What did you expect to happen? -->

Actual behavior:
<!-- What happened instead? -->

Additional context
Not a bug really. Our platform team asks if we can get read-only access to the Grafana / metrics of our hosted instance, or at least a monthly availability number. On the self-hosted setup we used to have that ourselves. No rush.""",
["question"], [])

# ---------------- logs ----------------
t("logs", "se/p1", "intermittent 503 upstream reset",
"""Seeing this for roughly 1 in 5 requests since this morning, from several people:

$ curl -sS -o /dev/null -w "%{http_code} %{time_total}\\n" https://brackenfold.sourcegraph.com/search
503 0.412
$ curl -sS https://brackenfold.sourcegraph.com/.api/graphql -H "Authorization: token sgp_****" -d '{"query":"{ currentUser { username } }"}'
upstream connect error or disconnect/reset before headers. reset reason: connection termination

Retrying usually works, but our IDE integrations and the code review bot are failing a lot. We run nothing in front of it, this is your hosted instance.""",
[], ["managed-instance"])

t("logs", "se/p1", "Everything slow since maintenance window",
"""Since the maintenance window Sunday night every page on our hosted instance takes forever. HAR timings from Chrome devtools for a plain repo page:

GET https://quayside-telecom.sourcegraph.com/github.com/quayside/billing-core
  Blocked: 1.2 ms
  DNS: 0.8 ms
  Connect: 21 ms
  TLS: 34 ms
  Waiting (TTFB): 18,734 ms
  Content download: 96 ms

POST /.api/graphql?Blob  TTFB 11,902 ms
POST /.api/graphql?ViewerSettings TTFB 9,441 ms

Before the window TTFB was well under a second. It's every user, all 400 of us, not just search — even settings pages. Nothing changed on our side.""",
["performance"], ["managed-instance"])

t("logs", "se/p2", "sourcegraph.com sign in 500",
"""Trying to sign in to sourcegraph.com with my GitHub account to save a search, get:

HTTP/2 500
content-type: text/plain; charset=utf-8
x-trace: 7f3c1e0a9b2d44c5a3e1
date: Tue, 11 Mar 2025 14:02:19 GMT

Something went wrong. Please try again later. (trace 7f3c1e0a9b2d44c5a3e1)

Tried incognito, Firefox and Chrome. Colleague can sign in fine. Public search without logging in still works.""",
[], [])

# ---------------- one-liner ----------------
t("one-liner", "se/p0", "our sourcegraph cloud instance is down",
"""nobody can log in, 503""",
["urgent"], ["managed-instance"])

t("one-liner", "se/p3", "maintenance window time zone?", "", [], [])

t("one-liner", "se/p2", "upgrade our hosted instance to 6.1?",
"""want the new release. when?""",
[], ["managed-instance"])

# ---------------- email-thread ----------------
t("email-thread", "se/p1", "Re: Re: Fwd: Evaluation environment",
"""Hi team,

Adding support here as Priya suggested.

Thanks,
Marco

---------- Forwarded message ---------
From: Priya Raman <priya.raman@vendor-ae.example>
Date: Wed, 4 Jun 2025 at 09:12
Subject: Re: Evaluation environment

Hi Marco, looping support in - they can look at the environment directly.

> On Tue, 3 Jun 2025 at 18:55, Marco Delacroix <m.delacroix@ospreyline.example> wrote:
> Priya,
> Quick one. Our trial instance (ospreyline-trial.sourcegraph.com) stopped responding this afternoon. The page now says "This instance has been suspended". Our evaluation was agreed until the 20th, we have the steering committee demo Thursday 10:00 CET and 40 engineers onboarded into the trial.
> Was it switched off by mistake? We haven't received any notice.
>
> > On Mon, 2 Jun 2025, Priya Raman wrote:
> > Great to hear the first week went well! Let me know if you want me to set up a Cody deep dive next week and I'll also send over the pricing summary.
>
> Regards,
> Marco Delacroix
> Head of Developer Productivity | Ospreyline
> This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.""",
["email", "poc"], ["poc", "managed-instance"])

t("email-thread", "se/p2", "RE: Maintenance window conflicts with our release freeze",
"""Hello Support,

See below from our release manager. Can this be arranged?

Kind regards
Helga

From: Tomasz Wierzbicki
Sent: Monday, 17 March 2025 11:03
To: Helga Brandt
Subject: RE: Maintenance window conflicts with our release freeze

Helga,

As discussed in the CAB. The Sourcegraph notification says our hosted instance will be upgraded in the window Thursday 20 March 18:00-22:00 UTC. That is exactly our quarterly release night and the release scripts use the Sourcegraph API to generate the changelog. If the instance is down even for 10 minutes we have a problem.

Could they move our instance to the following week? Any day works except Thursday.

Thanks
Tomasz

> From: Helga Brandt
> Sent: Friday, 14 March 2025 16:40
> Any idea who to ask about the maintenance email?

--
Helga Brandt | IT Vendor Management | Saltmarsh Foods GmbH
Registered office Bremen. This message may contain confidential information.""",
["email"], ["managed-instance"])

t("email-thread", "se/p0", "URGENT: our instance reachable from the internet",
"""Hi,

Escalating per our security team's finding, see thread below. We need an answer today.

Rafael

On Thu, 10 Apr 2025 at 15:21, Soo-jin Park <sjpark@glasswing-sec.example> wrote:
> Rafael,
> During our external attack surface scan we found https://glasswing.sourcegraph.com answers from the public internet. The login page loads and the /.api/ endpoints respond with 401. Per the contract we signed, our dedicated instance was supposed to be reachable ONLY through the private connection from our VPC - that was a hard requirement from our CISO.
> This is being treated as a security incident internally until we know how long it's been exposed and whether anything was accessed.
>
> On Thu, 10 Apr 2025 at 11:02, Rafael Quint wrote:
> > Soo-jin, can you double check the scanner finding from this morning? Could be a false positive from the old trial hostname.
>
> Soo-jin Park
> Security Engineering, Glasswing

We need: (1) public access closed immediately, (2) access logs for the public endpoint for the last 30 days.

Rafael Quint
Platform Lead, Glasswing Security
CONFIDENTIALITY NOTICE: ...""",
["security", "escalated"], ["managed-instance"])

# ---------------- non-native ----------------
t("non-native", "se/p1", "cloud sourcegraph very slow",
"""Hello, our sourcegraph (the cloud one you host for us) is very slow from yesterday. search, open file, everything take 20-30 second. we are 300 developer and everybody complain to me. we not change anything. please check your server.""",
[], ["managed-instance"])

t("non-native", "se/p2", "change domain of our instance",
"""Hi. Our company change name from Kovač Systems to Nettlefield Energy. We want the url of our hosted sourcegraph also change, from kovac.sourcegraph.com to nettlefield.sourcegraph.com. Is possible? Old url should redirect some time please. Thank you""",
[], ["managed-instance"])

t("non-native", "se/p3", "uptime number for audit",
"""Dear support, for ISO audit I must show the availability (uptime %) of the Sourcegraph service you run for us in 2024. Where I can find it, or you can send me a report? not urgent, audit is in May.""",
["question"], [])

# ---------------- markdown ----------------
t("markdown", "se/p1", "500s on half the pages after last night's upgrade",
"""## Summary
After the upgrade you did last night on our dedicated instance, a lot of pages are broken.

## What works
- home page / search box
- search results

## What's broken
- opening any file → `Error: Internal Server Error`
- repo settings pages → blank
- user settings → spinner forever

Screenshot: https://imgur.com/a/Qx7pL2m

## Impact
Everyone (~250 people). Devs can find code but can't open it, which is kind of the point.

## Env
- https://rookwood.sourcegraph.com
- we didn't touch anything, we don't have access to the infra anyway""",
["upgrade"], ["managed-instance"])

t("markdown", "se/p2", "Disk space warning banner on our hosted instance",
"""### Context
Site admins see a yellow banner since Monday:

> Disk usage is at 91%. Repositories may fail to clone when disk space runs out.

### Ask
- We are adding ~2,000 more repos next month (new GitLab group)
- Can you expand the storage on **our Sourcegraph-hosted instance** before then?
- Is this something we pay extra for? (if so please loop in our AE)

See attached `banner.png`.""",
[], ["managed-instance"])

t("markdown", "se/p3", "Questions from our security review (hosted)",
"""Hi! Filling in our vendor questionnaire, a few things I couldn't find:

1. **Region** – which GCP region is our dedicated instance in? Can it be moved to EU later?
2. **Backups** – how often, how long retained, can we request a restore?
3. **Access** – who at Sourcegraph can access our instance / our code?
4. **Encryption** – are disks encrypted with a customer managed key?

No urgency, questionnaire due end of month.

Thanks,
Lina (Thornbury Legal IT)""",
["question"], [])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p0", "[shared channel] instance not resolving",
"""pasting from our #dev-tools channel:

[09:02] dana.k: is sourcegraph down for anyone else?
[09:02] omar: yep "This site can't be reached – pinecrest.sourcegraph.com's server IP address could not be found"
[09:03] dana.k: same from office and from home
[09:05] j.whitfield: nslookup pinecrest.sourcegraph.com -> NXDOMAIN lol
[09:07] dana.k: @sourcegraph-support can you look? whole eng org is blocked, our CI codeowners check hits the API too
[09:11] omar: status.sourcegraph.com shows all operational fwiw""",
["slack"], ["managed-instance"])

t("chat-paste", "se/p1", "invites / password reset emails not arriving",
"""From our Slack Connect channel with you:

Ingrid (Larkspur Finance) 2:14 PM
hey folks, none of the invite emails from our instance are arriving. also password reset emails. checked spam, checked our mail gateway logs - nothing ever arrives from you

Ingrid (Larkspur Finance) 2:15 PM
we're onboarding ~200 people Monday and they're all builtin-auth users until SSO is sorted. this is kind of a blocker

Ingrid (Larkspur Finance) 2:21 PM
this is the sourcegraph-hosted instance btw, we don't configure any SMTP ourselves""",
["slack"], ["managed-instance"])

t("chat-paste", "se/p2", "our OSS repo missing from sourcegraph.com",
"""copied from our maintainers chat:

> **kai**: why does sourcegraph.com say "repository not found" for github.com/verdant-oss/gridtools? we link to it from the README
> **mei**: it used to work last year
> **kai**: other repos in the org are there
> **mei**: maybe it needs to be re-added to the public index? it has ~2k stars

Can you re-add it? Link people click: https://sourcegraph.com/github.com/verdant-oss/gridtools""",
[], [])

# ---------------- mixed ----------------
t("mixed", "se/p1", "Re: POC - can't connect GHE",
"""Hi support,

We're in week 1 of the proof of concept. When I add our GitHub Enterprise connection in the hosted instance I get this on the code host page:

```
Error syncing external service: Get "https://ghe.halvorsen.internal/api/v3/orgs/platform/repos?per_page=100": dial tcp 10.40.12.8:443: i/o timeout
```

Token is fine (tested with curl from inside our network, scopes repo + read:org). Our GHE is only reachable inside our AWS VPC, nothing is public. Your SE mentioned there is some private connectivity option that your side needs to set up?

> On Mon, Ana (Sourcegraph SE) wrote:
> Once the instance is up just add the code host connection and you should see repos within a few minutes!

We have the exec readout in 8 days so this is quite urgent.

— Bjørn, Halvorsen Logistics""",
["poc"], ["poc", "managed-instance"])

t("mixed", "se/p3", "Grafana read access for hosted instance?",
"""Sourcegraph version: 6.0 (hosted)
Platform information: your cloud

From our internal Teams thread:
[Tue 10:11] Arjun: can we look at dashboards for our sourcegraph instance somewhere?
[Tue 10:13] Wen: not that I know of, it's hosted by them
[Tue 10:13] Arjun: ask them pls, nice-to-have

So - is there a way to get read access to monitoring dashboards for our instance? Just curious.""",
["question"], [])

t("mixed", "se/p2", "TLS cert on our custom domain expiring",
"""Our security scanner flagged this (output below). We use Sourcegraph for code search and Cody, all fine functionally.

```
Host: code.zinnia-commerce.example (CNAME -> zinnia.sourcegraph.com)
Certificate: CN=code.zinnia-commerce.example
Not After : Jul 02 23:59:59 2025 GMT  (10 days)
Severity: MEDIUM
```

You set up the custom domain for our dedicated instance last year - does the cert auto-renew, or do we need to give you a new one? Don't want a surprise outage.""",
[], ["managed-instance"])
