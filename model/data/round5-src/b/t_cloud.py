from common import T

TEAM = "cloud"

TICKETS = [
T("RE: RE: 503 on our Sourcegraph - unacceptable",
r"""
I'm now on my third email on this. Our whole engineering org (1,100 people) has been staring at a 503 page on https://tallis-health.sourcegraph.com for 50 minutes. You host this for us. We pay for this so that we DON'T have to run it ourselves.

> From: Support
> Thanks for reaching out, could you share a screenshot and the time you first saw the error?

Screenshot: https://imgshare.example/tallis/503-sg.png - first seen 08:05 UTC. It's "503 Service Temporarily Unavailable". Every user, every page, including the sign-in page.

> > From: Gregory Allen
> > Our Sourcegraph is down.

I want an incident owner and updates every 30 minutes.

Gregory Allen
VP Engineering, Tallis Health
The content of this email is confidential and intended for the recipient specified in message only.
""",
"se/p0", "email-thread", tags=["urgent"], org_tags=["managed_instance", "enterprise"]),

T("maintenance page still up 3h after window",
r"""
[#sourcegraph-vendor shared channel]
kenji.w  11:02 AM  hey, the maintenance was announced 07:00-08:00 UTC and our instance still shows "This instance is undergoing scheduled maintenance"
kenji.w  11:03 AM  nobody here can work, we rely on it for on-call code lookups
kenji.w  11:15 AM  anyone?
kenji.w  11:31 AM  @sourcegraph-support please
""",
"se/p0", "chat-paste", tags=[], org_tags=["managed_instance"]),

T("sourcegraph.com search throws 500 for a public repo",
r"""
On sourcegraph.com, searching `repo:^github\.com/orbitalkit/orbital$ lang:rust Allocator` gives "Error: 500 Internal Server Error" about half the time. Other public repos work. I'm just an open-source user, not a customer, but thought you'd want to know. Reload sometimes works.
""",
"se/p2", "plain", tags=[], org_tags=[]),

T("Which IPs will connect to our GHE? (firewall change, POC)",
r"""
Hi,
For our evaluation you spun up halden-poc.sourcegraph.com. Our GitHub Enterprise Server is behind a corporate firewall, and network security needs the exact source IPs the instance will come from, so they can allowlist them on the GHE load balancer. Code host connection itself we'll configure ourselves afterwards.

Do you have static egress IPs per instance? Network change requests take 5 business days here and the POC is scheduled to end on the 30th.

Thanks,
Vivek
""",
"se/p2", "plain", tags=["poc"], org_tags=["poc", "prospect"]),

T("Re: Scheduled upgrade of your Sourcegraph instance - could we move it?",
r"""
Dear Sourcegraph team,

Many thanks for the advance notice, it is very much appreciated.

> Your instance ferro-logistics.sourcegraph.com will be upgraded to 5.4 during the maintenance window Thursday 14:00-16:00 UTC. Expected downtime is under 10 minutes.

Would it be at all possible to move this by a week? We have a major release going out Thursday afternoon and our release engineers use the instance during the rollout. Any time the following week works for us.

Kind regards, and thank you again for the excellent service,
Helena Marsh
Engineering Operations | Ferro Logistics
--
This message may contain confidential information. If you received it in error please delete it.
""",
"se/p3", "email-thread", tags=[], org_tags=["managed_instance"]),

T("can you upgrade our instance to latest",
r"""
need the new search UI, we're on 5.2
""",
"se/p3", "one-liner", tags=[], org_tags=["managed_instance"]),

T("Open Source Search - my repo isn't there",
r"""
Hi! I maintain a small Zig library on GitHub (public, ~200 stars). When I search for it on sourcegraph.com it says the repository is not found. How do I get it added to the public search? Is there a form? Thanks :)
""",
"se/p3", "plain", tags=[], org_tags=[]),

T("[internal] P3 alert on customer tenant",
r"""
Cloud on-call forwarded this, customer hasn't noticed yet but asked us to open a ticket for tracking:

  instance: brightwater.sourcegraph.com
  alert:    critical frontend pods available percentage
  value:    33%  (1 of 3 ready) for 22m
  notes:    other two pods OOMKilled repeatedly since 13:10 UTC

Customer admin (Sara Lind) is asking in the shared channel why pages are "sluggish and sometimes error out". Please route and keep them posted.
""",
"se/p1", "logs", tags=[], org_tags=["managed_instance", "enterprise"]),

T("Everything slow since Monday",
r"""
Since Monday every page in our instance takes 8-12 seconds to load. File view, repo list, even site admin. This is for all of our developers and there's nothing we changed on our side. Our developers have stopped using it this week. What's going on?
""",
"se/p1", "plain", tags=[], org_tags=["managed_instance"]),

T("private connectivity to on-prem Bitbucket for trial",
r"""
**Instance:** nordvik-trial.sourcegraph.com
**Trial ends:** in 18 days

We need the managed instance to reach our Bitbucket Data Center which only lives on our private network (10.40.0.0/16, AWS eu-central-1). Options we see:
- AWS PrivateLink from your VPC to ours
- site-to-site VPN
- exposing Bitbucket via a reverse proxy with IP allowlist (security doesn't love this)

Which of these do you support for managed instances, and what do you need from us (account id, endpoint service name...)? Once the network path is there we can set up the code host connection ourselves. Until then the trial instance has no code at all.
""",
"se/p1", "markdown", tags=["trial"], org_tags=["prospect"]),

T("POC instance not provisioned yet - kickoff is Monday",
r"""
Hello, our account rep told us the evaluation instance would be ready "by end of week". It's Friday afternoon, we have no URL and no admin invite. Kickoff with 40 engineers is Monday 9am CET. Can someone check on the provisioning status? Company: Ostrava Systems.
""",
"se/p1", "plain", tags=["poc"], org_tags=["poc", "prospect"]),

T("dominio proprio para nossa instancia",
r"""
Olá, bom dia. É possível usar o domínio code.quillon.example em vez de quillon.sourcegraph.com? We can give certificate or make CNAME, what you prefer. Só uma pergunta, sem pressa. Obrigado!
""",
"se/p3", "non-native", tags=[], org_tags=["managed_instance"]),

T("Frage zu Datenstandort / Region",
r"""
Guten Tag,

unser Datenschutzbeauftragter fragt, in welcher Region unsere Sourcegraph Cloud Instanz läuft und wo die Backups liegen. We must fill out security questionnaire until end of month:
- region of compute + disks?
- backups encrypted, which region?
- can we move instance to EU (Frankfurt) if it's in US?

Vielen Dank und schöne Grüße
Katrin Vogel, Compliance
""",
"se/p3", "non-native", tags=[], org_tags=["managed_instance"]),

T("sourcegraph.com account deletion",
r"""
Please delete my account on sourcegraph.com and all data associated with it. I signed up with GitHub a while ago and don't use it anymore. username: tpark-dev
""",
"se/p3", "plain", tags=[], org_tags=[]),

T("admin deleted code host connection - need restore from backup",
r"""
Hi, an admin on our side removed the main GitLab connection on our cloud instance by mistake an hour ago (wrong row in the list...). Re-adding it is fine, but we had ~300 custom repository permissions, saved searches pointing at those repos, and 2 months of code insights history that seem gone/empty now.

Can you restore the instance's database from last night's snapshot? We accept losing today's changes. Most users currently see almost no repos.
""",
"se/p1", "plain", tags=[], org_tags=["managed_instance"]),

T("IP制限の設定をお願いします",
r"""
いつもお世話になっております。

弊社のマネージドインスタンス (kazuma-denki.sourcegraph.com) について、社内ネットワーク (203.0.113.0/24) と VPN (198.51.100.32/28) からのみアクセスできるように IP 制限を設定していただくことは可能でしょうか。

セキュリティ部門からの要望で、来月中に対応したいと考えています。
必要な手続きがあれば教えてください。

よろしくお願いします。
""",
"se/p2", "non-native", tags=[], org_tags=["managed_instance", "enterprise"]),

T("is sourcegraph.com down",
r"""
""",
"se/p1", "one-liner", tags=[], org_tags=[]),

T("Scaling ahead of 3k new users - do we need a bigger instance?",
r"""
From our account channel, pasting what our CE asked me to send here:

> Anna (CE): can you open a support ticket with the numbers so Cloud can size it?

Numbers:
- today: ~600 users, 5,200 repos
- from 1 May: +3,000 users (acquisition), +9,000 repos (mostly small)
- renewal conversation is this month and the expansion depends on the instance coping with this

Is our managed instance sized for that, or do you need to scale it up in advance? We'd like confirmation before the 1st.
""",
"se/p2", "mixed", tags=["renewal"], org_tags=["managed_instance", "enterprise"]),

T("Cody + search time out on our instance since last night's maintenance",
r"""
[Slack Connect #ext-sourcegraph-pelham]
Ruth O. 08:14  morning, since your maintenance last night nothing on https://pelham.sourcegraph.com works - search spins and times out, Cody chat says "Request Failed: context deadline exceeded", file pages half load
Ruth O. 08:15  nobody can use it, checked with 6 people in 3 countries
Ruth O. 08:22  status page says all green?
Ruth O. 08:40  any update
""",
"se/p0", "chat-paste", tags=["cody"], org_tags=["managed_instance"]),

T("no emails from instance since migration",
r"""
Sourcegraph version: 5.3.x (whatever you run for us)
Platform information: Sourcegraph Cloud, instance lumen-ai.sourcegraph.com
<!-- deployment type, code hosts -->

Steps to reproduce:
1. invite a user / trigger password reset
2. wait

Expected: email arrives
Actual: nothing arrives since your migration to the new cluster last week. Checked spam. New hires can't activate accounts; we've been sending them the invite links manually from the admin page as a workaround.
""",
"se/p2", "template", tags=[], org_tags=["managed_instance"]),
]
