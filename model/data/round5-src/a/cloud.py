TEAM = "cloud"
TICKETS = [
dict(subject="halcyon.sourcegraph.com returning 500 for everyone",
description="",
priority="se/p0", form="one-liner", tags=["urgent"], org_tags=["managed_instance","enterprise"]),

dict(subject="cannot reach sourcegraph at all",
description="""[10:41] Ana Ruiz: is sourcegraph down?? getting "this site can't be reached"
[10:42] Felix Baum: yep, same, tried VPN on and off
[10:42] Ana Ruiz: @devtools ?
[10:44] Karim (devtools): confirmed, nobody can reach it. DNS resolves, connection just hangs. opening a P1 with the vendor
[10:45] Karim (devtools): pasting this thread into their ticket so they have context. started ~10:30 CET, affects all ~700 devs""",
priority="se/p0", form="chat-paste", tags=[], org_tags=["managed_instance"]),

dict(subject="SECURITY: our instance is reachable from the public internet",
description="""Our security team ran their weekly external scan at 06:00 and found that https://northwind-labs.sourcegraph.com now answers from any IP. When the instance was set up you configured an IP allowlist for our two egress ranges only (203.0.113.0/26 and 198.51.100.128/25). That was working last week.

$ curl -sI https://northwind-labs.sourcegraph.com/sign-in  (from a home connection, not our network)
HTTP/2 200
content-type: text/html; charset=utf-8
x-powered-by: Sourcegraph

We believe this changed during the maintenance on Sunday. The sign-in page is still there but our policy says the instance must not be exposed at all. Please restore the restriction immediately and confirm in writing what happened. We have had to notify our CISO.""",
priority="se/p0", form="mixed", tags=["security"], org_tags=["managed_instance","enterprise"]),

dict(subject="RE: [Action required] Scheduled maintenance for your Sourcegraph instance",
description="""Hello,

Replying to your maintenance notice because since the window ended the instance doesn't work.

Every page shows "Sourcegraph is upgrading, please wait" and it's been 3 hours now. The window was supposed to be 30 min. Nobody at our company can use it, and we have a production incident where engineers need code search.

Please escalate.

Jonas Lindqvist
Head of Developer Experience
Fjordway AB

> From: Sourcegraph Cloud <cloud-notifications@sourcegraph.example>
> Subject: [Action required] Scheduled maintenance for your Sourcegraph instance
>
> Hello,
> Your Sourcegraph instance fjordway.sourcegraph.com will be upgraded to version 5.3.3 during the
> maintenance window on Saturday 02:00–02:30 UTC. No action is needed from you. Expected downtime
> is under 5 minutes.
>
> — The Sourcegraph Cloud team

CONFIDENTIALITY NOTICE: This message is intended only for the named recipient(s). If you received it in error please delete it.""",
priority="se/p0", form="email-thread", tags=[], org_tags=["managed_instance","enterprise"]),

dict(subject="503 upstream connect error on our cloud instance",
description="""$ curl -v https://orbit-finance.sourcegraph.com/
*   Trying 34.117.x.x:443...
* Connected to orbit-finance.sourcegraph.com port 443
> GET / HTTP/2
< HTTP/2 503
< content-length: 95
< content-type: text/plain
upstream connect error or disconnect/reset before headers. reset reason: connection failure

Same from every network we tried, all users affected, started ~25 min ago. Nothing changed on our side.""",
priority="se/p0", form="logs", tags=[], org_tags=["managed_instance"]),

dict(subject="sourcegraph.com search errors for any query",
description="""Hi, I use the public search on sourcegraph.com every day for looking up how open source projects use certain APIs. Since yesterday evening pretty much any query (even something simple like repo:^github\\.com/golang/go$ context.WithCancel) ends with "Something went wrong" after spinning for a long time. Colleagues see the same. It is not my browser, tried three. We have no other tool that searches across all of GitHub so this is a big deal for us.""",
priority="se/p1", form="plain", tags=[], org_tags=[]),

dict(subject="Managed instance very slow since 5.3 upgrade",
description="""Sourcegraph version: 5.3.1
Platform information: Sourcegraph Cloud (managed) - tidewater.sourcegraph.com

Steps to reproduce:
1. open any repository page
2. or run any search

Expected behavior:
page in ~1s like before the upgrade

Actual behavior:
10-40s for most pages, some time out. All of our ~400 users report it. No workaround since we can't touch the infra.

<!-- Anything else we should know? -->""",
priority="se/p1", form="template", tags=[], org_tags=["managed_instance"]),

dict(subject="alert from our instance: frontend pods available percentage",
description="""Got this in the site admin > Monitoring page on our hosted instance, and right now the UI is failing for most of us half the time:

  critical: frontend: less than 90% percentage pods available for 10m0s
  (frontend_pods_available_percentage)

We don't have kubectl access obviously, since you run it. Please check.""",
priority="se/p1", form="logs", tags=[], org_tags=["managed_instance","enterprise"]),

dict(subject="cloud instance timeout many time",
description="""Hello,

our Sourcegraph cloud instance (kairos-jp.sourcegraph.com) is giving timeout many time from today morning JST. When developers open the page it load very long and then "504 Gateway Time-out". It is same for almost all developer in Tokyo and Osaka office. We cannot change anything because the instance is manage by Sourcegraph. 
何か分かったら連絡ください. Thank you.""",
priority="se/p1", form="non-native", tags=[], org_tags=["managed_instance"]),

dict(subject="Private connectivity to our GitLab broken after maintenance",
description="""# Summary
Since the maintenance window last night, our managed instance can no longer reach our internal GitLab through the private connection you set up for us (GCP Private Service Connect).

# Details
- Our side: the PSC endpoint attachment in our project shows status **CLOSED** since 01:12 UTC.
- Your side: instance https://ridgeback.sourcegraph.com is up, but every repo page says the repo is not reachable.
- We didn't change anything in our VPC.

![psc endpoint status](https://screenshots.ridgeback.example/psc-closed.png)

# Impact
All of our code lives on that GitLab, so no repo is updating and new repos can't be added. Nothing we can do from our end.""",
priority="se/p1", form="markdown", tags=[], org_tags=["managed_instance","enterprise"]),

dict(subject="Can you upgrade us to 5.3 before the 20th?",
description="""Hi team,

> We'll include your instance in the next monthly upgrade cycle.

Thanks, but the next cycle is after the 20th and our team demo for leadership is on the 20th; we need a feature that only exists in 5.3. Could you upgrade our managed instance earlier, e.g. this weekend? We're fine with a short downtime.

Cheers,
Lea

On Mon, Sourcegraph Support wrote:
> Hi Lea, thanks for reaching out...""",
priority="se/p2", form="email-thread", tags=[], org_tags=["managed_instance"]),

dict(subject="need an env var set on our managed instance",
description="""We want to turn on a setting that the docs say needs an environment variable on the frontend, which we can't set ourselves on a hosted instance. In site config we already have:

```json
{
  "externalURL": "https://lumen.sourcegraph.com",
  "experimentalFeatures": {
    "searchJobs": true
  },
  "auth.providers": [{ "type": "saml", "configID": "okta" }]
}
```

Can you please set `SRC_HTTP_CLI_EXTERNAL_TIMEOUT=120s` on the frontend and gitserver? Some big repos time out on the first fetch; we retry manually for now.""",
priority="se/p2", form="config", tags=[], org_tags=["managed_instance"]),

dict(subject="Grafana for our hosted instance?",
description="""## Question
Is there a way for our admins to see the Grafana dashboards for our instance? The **/-/debug/grafana** link gives a 403 for us.

## Why
Our SRE team wants to correlate slowness reports with resource usage. Not urgent at all, just want to know whether it's possible or whether we have to ask you every time.

| instance | version |
|---|---|
| castellan.sourcegraph.com | 5.2.7 |""",
priority="se/p3", form="markdown", tags=[], org_tags=["managed_instance"]),

dict(subject="warning: frontend mean blocked seconds per conn request",
description="""Saw this on Site admin > Monitoring on our Sourcegraph Cloud instance:

warning frontend: 0.1s+ mean blocked seconds per conn request (mean_blocked_seconds_per_conn_request)

Things feel a bit sluggish at peak hours but work. Is this something on your end (db pool sizing)?""",
priority="se/p2", form="logs", tags=[], org_tags=["managed_instance"]),

dict(subject="please add 10.40.0.0/16 to the allowlist",
description="thanks",
priority="se/p3", form="one-liner", tags=[], org_tags=["managed_instance","enterprise"]),

dict(subject="repo missing on sourcegraph.com public search",
description="""I maintain an open source project on GitHub (github.com/pebble-tools/quarry, ~2k stars). On sourcegraph.com searching for it says the repository isn't found, and when I open the URL directly I get "Repository not found / cloning". It's been like that for a week. Other repos of mine are searchable. Could you add it or tell me why it's excluded?""",
priority="se/p2", form="plain", tags=[], org_tags=[]),

dict(subject="Managed instance docs say maintenance is on Sundays",
description="""**Describe the issue**
The managed instance page in your docs says upgrades happen "on Sundays in a 2 hour window". Our instance was upgraded on a Wednesday afternoon last week. Which is right?

**Page URL**
<!-- link to the page -->

**Additional context**
<!-- anything else -->
we're not complaining about the upgrade itself, we just want to know what to tell our users""",
priority="se/p3", form="template", tags=["docs"], org_tags=["managed_instance"]),

dict(subject="TLS cert on custom domain expires in 5 days",
description="""Our custom domain code.halloway.example is a CNAME to halloway.sourcegraph.com (you manage the cert).

$ echo | openssl s_client -connect code.halloway.example:443 2>/dev/null | openssl x509 -noout -enddate
notAfter=Apr 14 23:59:59 2024 GMT

Chrome already shows a warning banner to some folks. Everything still works through the *.sourcegraph.com URL in the meantime, but a lot of links in our wiki use the custom domain. Can you renew/check the auto-renewal?""",
priority="se/p2", form="mixed", tags=[], org_tags=["managed_instance"]),

dict(subject="Re: EU hosting for our instance",
description="""Hi Marcus,

Looping in support as suggested.

> Our legal team needs to know where the managed instance is hosted and whether the data can stay in the EU.

To add some context: our renewal is in six weeks and our DPO has said she won't sign off on it unless we can show the instance, its backups and logs are in an EU region. Right now we don't know where ours lives. Can your Cloud team confirm the region and whether a move to europe-west is possible, and what downtime that would mean?

Kind regards,
Sophie Lambert
Engineering Operations, Veloria SAS

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.""",
priority="se/p2", form="email-thread", tags=["renewal"], org_tags=["managed_instance","enterprise"]),

dict(subject="Cloud instance extremely slow for all users since 10am UTC",
description="",
priority="se/p1", form="one-liner", tags=[], org_tags=["managed_instance"]),
]
