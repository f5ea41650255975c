from common import make

T = make("cloud")

TICKETS = [
T(1, "northwind.sourcegraph.com 503 for all of us", r"""
nobody at northwind can reach it since ~08:10 UTC
""", "se/p0", "one-liner", ["urgent"], []),

T(2, "FW: Scheduled maintenance for your Sourcegraph Cloud instance", r"""
Forwarding your own email back to you — since this maintenance finished, our instance has not come back. Everyone gets "We're having trouble loading this page" and the status says maintenance complete. 2,000 engineers, nothing works. Please escalate.

Alexei Brandt
Developer Productivity, Orbis Health

---------- Forwarded message ---------
From: Sourcegraph Cloud <no-reply@sourcegraph.com>
Subject: Scheduled maintenance for your Sourcegraph Cloud instance

Hello,

Your managed instance orbis-health.sourcegraph.com will undergo scheduled maintenance:
  Window: Saturday 22:00 – Sunday 02:00 UTC
  Expected impact: up to 30 minutes of unavailability
  Action required: none

Thank you,
The Sourcegraph Cloud team
""", "se/p0", "email-thread", [], ["managed_instance", "enterprise"]),

T(3, "debug endpoints of our instance reachable from the internet", r"""
Our pentest vendor flagged this today. On our managed instance (you host it for us, `calder.sourcegraph.com`) the path `/-/debug/` returns pages without any login, from a random IP outside our allowlist. They could see a list of internal service addresses and what looked like trace data.

We consider this a security incident on our side until you tell us otherwise. Please confirm the exposure window and lock it down.

— Security Engineering, Calder Group
""", "se/p0", "plain", ["security"], ["managed_instance"]),

T(4, "instance takes 60s+ to respond", r"""
$ time curl -s -o /dev/null -w "%{http_code}\n" https://ferrum.sourcegraph.com/search?q=context:global+foo
200

real    1m2.418s

$ time curl -s -o /dev/null -w "%{http_code}\n" https://ferrum.sourcegraph.com/api/graphql -d '{"query":"{ currentUser { username } }"}' -H "Authorization: token sgp_REDACTED"
200

real    0m47.903s

Started around 14:00 CET. Almost every page for all our users is like this. We don't run anything ourselves, it's the cloud instance you manage.
""", "se/p1", "logs", [], ["cloud_customer"]),

T(5, "sourcegraph.com search timing out a lot", r"""
Hey! I use the public sourcegraph.com to search open source code (not a customer, just a free user). For the last couple of hours about half my searches end in "Timed out" even very simple ones like `repo:^github\.com/golang/go$ ErrNotExist`. Friends on our team see the same. Is something going on?
""", "se/p1", "plain", [], []),

T(6, "Batch changes question", r"""
Sorry, subject is from a draft. Real problem: since your maintenance last night our managed instance seems to be read-only. Users can search and browse, but saving anything fails — settings, saved searches, creating a batch change, even accepting an invite. The error toast says `pq: cannot execute UPDATE in a read-only transaction`. Affects everyone who tries to change anything.
""", "se/p1", "mixed", [], ["managed_instance"]),

T(7, "Sourcegraph alert: critical postgres_up", r"""
This is an automated notification from Sourcegraph.

Alert: critical_postgres_postgres_up
Instance: https://tidewater.sourcegraph.com
Status: FIRING (3rd time in 24h)
Description: postgres: less than 0 database availability

------
Note from Tidewater admin (J. Ferreira): these emails go to our admin DL since we set up observability.alerts on our Cloud instance. Each time it fires, users get 500s for 5-10 minutes and then it recovers. Most of the team hit it this morning. We can't do anything on our side since you run the DB.
""", "se/p1", "logs", [], ["managed_instance"]),

T(8, "Trial managed instance still not provisioned", r"""
Hi Sourcegraph team,

We signed the trial paperwork on Monday and were told we'd get a Sourcegraph Cloud instance within 24h. It's Thursday and the URL we were given (quarry-labs.sourcegraph.com) still shows a default "instance not found" page. Our evaluation committee meets next Wednesday. Could someone check on the provisioning?

Best,
Nadia Kovač
""", "se/p1", "plain", ["trial"], ["prospect", "poc"]),

T(9, "cloud instance very slow / sehr langsam", r"""
Hallo,
our Sourcegraph Cloud (halden.sourcegraph.com) is since yesterday evening very slow for nearly all users. Page load 20-30 second, code file open sometimes not at all. We not change anything, we have no servers, you are hosting. Our network team check and other SaaS is fast. Bitte dringend anschauen, the developers can not work with it normal.
Danke, Jürgen
""", "se/p1", "non-native", [], ["managed_instance"]),

T(10, "Please allowlist new office egress range", r"""
| Field | Value |
|---|---|
| Instance | vantor.sourcegraph.com |
| Request | add CIDRs to IP allowlist |
| New ranges | 203.0.113.0/26, 198.51.100.128/27 |
| Reason | new Lisbon office + VPN concentrator |

The Lisbon team (about 40 people) gets a 403 from the instance since they moved; everyone else is fine. They're using the old VPN as a workaround for now but it's slow.
""", "se/p2", "markdown", [], ["managed_instance"]),

T(11, "EU hosting for our managed instance?", r"""
Our works council is asking whether the Sourcegraph Cloud instance can live in an EU region (Frankfurt ideally) and whether backups stay in the EU too. If it's not possible today, please take this as a feature request — it will come up at renewal.
""", "se/p2", "plain", ["feature_request"], ["managed_instance", "enterprise"]),

T(12, "re: case 5102 - maintenance window timing", r"""
> We've noted your preference and will pass it along.

Thanks, but the window moved back to Thursday 18:00 UTC again this month and it landed right in our release freeze — people couldn't look up code during a hotfix for ~20 minutes. Can you pin our instance's maintenance to weekends permanently? Instance is the one you manage for us, ostrava-soft.
""", "se/p2", "email-thread", [], ["managed_instance"]),

T(13, "Account deletion request (sourcegraph.com)", r"""
[Support widget - sourcegraph.com]
Category: Account
Logged in as: (not logged in)
Email: r.ostrowski@mailbox.example
Subject line: can't delete my sourcegraph.com account
Message: I signed up on sourcegraph.com with my GitHub login years ago and want the account deleted. The settings page has no delete option anymore and my email to the privacy address bounced. How do I do it?
Browser: Firefox 126 / Linux
""", "se/p2", "template", [], []),

T(14, "warning frontend container memory usage", r"""
```
[Sourcegraph] warning_frontend_container_memory_usage
instance: pelion.sourcegraph.com
value: 93.4%
for: 30m
```
Got this 4 times this week. Users haven't complained yet but a couple said pages were "sticky" on Tuesday. Is someone on your side watching this? We don't have access to resize anything.
""", "se/p2", "logs", [], ["managed_instance"]),

T(15, "Custom domain certificate expiring", r"""
## Summary
Our managed instance is served at `code.brightwell.example` (CNAME to brightwell.sourcegraph.com).

## Problem
Our cert monitoring says the certificate on that hostname expires in **11 days**. Last year it renewed automatically; this year nothing has happened yet.

## Ask
- Confirm who renews it (you or us)
- If it's us, what do you need?
""", "se/p2", "markdown", [], ["managed_instance"]),

T(16, "RE: Audit questionnaire - Sourcegraph section", r"""
Hi Support,

Looping you in, see the question from our auditors below. Short answer or a doc link is fine, there's no urgency, the audit closes next quarter.

Thanks
Kasia

Katarzyna Wójcik
IT Governance | Meridian Freight
CONFIDENTIALITY NOTICE: This message may contain privileged information. If you received it in error, delete it and notify the sender.

> From: Auditor Team <audit@extaudit.example>
> Sent: Tuesday 10:02
> Subject: Audit questionnaire - Sourcegraph section
>
> Item 14.3: For the code search service hosted by the vendor (managed instance), please state
>   a) backup frequency,
>   b) retention period,
>   c) date of last successful restore test.
>
> Regards, Audit team
""", "se/p3", "email-thread", [], ["managed_instance"]),

T(17, "Contact form: adding my repo", r"""
*** Web form submission ***
Form: Help / General question
Email: theo@tinyplanet.example
Product area: Open Source Search
Question: My open source project on GitHub doesn't show up when I search on sourcegraph.com. It's public, ~300 stars. How do I get it added?
*** end ***
""", "se/p3", "template", [], []),

T(18, "where do I see upcoming maintenance", r"""
is there a status page or calendar for maintenance on sourcegraph cloud instances? we only find out from the email the day before
""", "se/p3", "one-liner", [], ["cloud_customer"]),

T(19, "public sourcegraph site shows old version of my repo", r"""
When I browse my repo on sourcegraph.com it shows a README from three weeks ago. Not a big deal, just curious how often the public site refreshes repos and whether I can trigger it.
""", "se/p3", "plain", [], []),

T(20, "what IPs does our instance call out from?", r"""
Need the outbound IPs of our managed instance so our firewall team can allow it to reach our Bitbucket Data Center. thx
""", "se/p3", "one-liner", [], ["managed_instance"]),
]
