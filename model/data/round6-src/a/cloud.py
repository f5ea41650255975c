from common import t

TEAM = "cloud"
TICKETS = [
t("quantix.sourcegraph.com returning 503 for all of us",
"",
"se/p0", "one-liner", ["urgent"], ["managed_instance"]),

t("Our open source project on sourcegraph.com is weeks out of date",
"""Hi! I maintain a mid-size open source library on GitHub. When people search it on sourcegraph.com the results show code from about a month ago, and the newest tags aren't there. Is there something I need to do so the public instance picks up changes, or a way to request a refresh? Not urgent at all, just curious. Thanks for the free service :)""",
"se/p3", "plain", [], []),

t("instance very slow since this morning",
"""Since around 08:00 CET every page on our instance takes 15-25 seconds, including the login page and repository browsing, not only search. Nothing changed on our side. About 400 engineers affected, we have no workaround.""",
"se/p1", "plain", [], ["managed_instance", "enterprise"]),

t("FW: postgres_up critical on tenant",
"""(SE internal note, pasting from #cloud-alerts for the record before I attach the customer)

```
critical_postgres_postgres_up  instance=helvion.sourcegraph.com  severity=critical
  postgres: less than 0 database availability for 5m0s
```
Customer (Helvion) reports at the same moment: "everything is returning 500, nobody can do anything". This is their managed instance.""",
"se/p0", "mixed", [], ["managed_instance"]),

t("Need egress IPs of our managed instance for GHE allowlist",
"""Hello,

our security team only allows inbound connections to GitHub Enterprise Server (github.arvo.internal, exposed through our edge) from allowlisted IPs. Which static egress IP(s) does our managed instance use? We'd also like to know whether private connectivity (PSC / PrivateLink) is an option instead. Until this is sorted we can't add the code host, so the rollout is on hold; we told the team mid-March.

Best,
Lukas""",
"se/p2", "plain", [], ["managed_instance", "poc"]),

t("when do you upgrade our instance? can we choose the window",
"thx",
"se/p3", "one-liner", [], ["managed_instance"]),

t("data residency question",
"""**Topic:** data residency
**Asked by:** Legal / DPO

- Can the managed instance *and its backups* be hosted in an EU region only (Frankfurt or Netherlands)?
- Where is ours hosted today?
- Who has operational access (which countries)?

We are reviewing this before contract signature, no fixed date yet.""",
"se/p3", "markdown", [], ["managed_instance", "prospect"]),

t("After last night's upgrade: 'database migration in progress' banner",
"""**Sourcegraph version:** whatever you upgraded us to last night (5.4?)
**Platform information:** managed by you, pelican.sourcegraph.com

**Steps to reproduce:**
open any page

**Actual behavior:** big yellow banner "A database migration is in progress, some features are unavailable". Search works but code navigation and the batch changes page error. It's been 9 hours.

**Expected behavior:** migration finishes

<!-- Add screenshots if applicable -->
screenshot: https://files.pelicanbank.example/share/sg-banner.png""",
"se/p1", "template", [], ["managed_instance"]),

t("sourcegraph.com down?",
"""[09:31] kenji: is sourcegraph.com dead for anyone else
[09:31] kenji: `upstream connect error or disconnect/reset before headers. reset reason: overflow`
[09:33] marta: same here, also from my phone on LTE
[09:34] kenji: status page all green lol
[09:40] marta: still broken. we use it all day to look up open source deps, filing a ticket""",
"se/p1", "chat-paste", [], []),

t("Custom domain + certificate for managed instance",
"""> From: Grace Owusu
> Sent: Monday
> To: support@
> Subject: custom domain
>
> Hi, can our instance be reachable at code.mirador.example instead of mirador.sourcegraph.com?

Hi Grace,

Happy to help, let me check with the team what is needed on your side (CNAME / certificate).

---

Hi, any update? Our internal docs and bookmarks already point to code.mirador.example and we'd like to switch before the all-hands on the 14th. We can provide a cert from our CA if required, or do you issue it?

Grace Owusu | Developer Productivity | Mirador Health
CONFIDENTIALITY: This e-mail may contain confidential information.""",
"se/p2", "email-thread", [], ["managed_instance"]),

t("instance login page timeout",
"""Hello, sorry for my English. From today morning (JST) our instance is not opening. Browser shows loading long time and then "504 Gateway Time-out". Not only login, also the /-/healthz path. Our people in Osaka and Tokyo all have same problem, so it is not network of one office. We did not change anything. Please check the server side, we cannot work with code now.""",
"se/p0", "non-native", ["urgent"], ["managed_instance"]),

t("spinners everywhere",
"""every page just spins. been like that since lunch. some of my team say the same, others say it's fine but slow""",
"se/p1", "plain", [], ["managed_instance"]),

t("Export of audit logs from managed instance to our SIEM",
"""Hello Sourcegraph Support,

Our compliance team needs the security/audit events of our managed Sourcegraph (sign-ins, site config changes, permission changes) shipped to our Splunk. On self-hosted we'd read the container logs, but we don't have access here. What are the options — log streaming, a periodic export, an API? Needed for our SOC2 audit, fieldwork starts in six weeks.

> -----Original Message-----
> From: Compliance Office
> Please confirm by EOM which systems can deliver audit trails to Splunk.

Thanks,
Dev Raman
Staff Engineer, Tooling
Ostrava Payments s.r.o. | This message and its attachments are intended only for the named recipient.""",
"se/p2", "email-thread", [], ["managed_instance", "enterprise"]),

t("executors for batch changes on managed instance",
"""We're on a Cloud managed instance and want to run batch changes server-side. The docs say we need executors. Do you host and run those for us, or do we have to deploy them in our own cloud account and connect them? If ours, what network access do they need to the instance?""",
"se/p3", "plain", [], ["managed_instance"]),

t("sourcegraph.com very slow today (search + file view)",
"""Hi, using the public sourcegraph.com. Today every search takes 30s+ and opening a file from results also takes ages, even simple queries like `repo:^github\\.com/golang/go$ context.Context` that normally return instantly. Tried from home and office. Is there an incident?

```
$ curl -s -o /dev/null -w "%{http_code} %{time_total}\\n" https://sourcegraph.com/
200 11.842113
$ curl -s -o /dev/null -w "%{http_code} %{time_total}\\n" https://sourcegraph.com/github.com/golang/go
200 19.370554
```""",
"se/p2", "mixed", [], []),

t("trial instance: going from 2k to 15k repos",
"""[Mon 14:02] Rita (CE): hey support, trial customer Borealis on borealis.sourcegraph.com wants to add their full Bitbucket project set, ~15k repos, currently 2k
[Mon 14:03] Rita (CE): is the instance sized for that? they have their eval review with execs next Thursday and don't want it to crawl
[Mon 14:05] Rita (CE): they were told "it scales" in the demo lol
[Mon 14:06] Rita (CE): can cloud resize before they kick off the sync?""",
"se/p1", "chat-paste", ["trial"], ["managed_instance", "poc"]),
]
