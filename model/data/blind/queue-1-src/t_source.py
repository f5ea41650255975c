from common import T

TEAM = "source"
TICKETS = [
T("so01", "NSB", "logs", "se/p1",
"Fyren: users see no repositories, permission sync errors",
r"""
Hello,

Since this morning ~07:30 most users in Fyren see "No repositories found" and search gives zero results. Site admins see everything. Alert firing:

  [FIRING:1] perms_syncer_sync_errors  service_name=worker level=critical
  description: worker: 1+ permissions sync error rate over 1h

worker logs:
  {"SeverityText":"ERROR","InstrumentationScope":"permissions.syncer","Body":"failed to sync user permissions","Attributes":{"userID":8812,"error":"fetching user permissions from bitbucket.norrsken.internal: 401 Unauthorized"}}
  ... same for every user

Our Bitbucket Data Center admins rotated the service account password yesterday evening (policy). I updated the password in the code host connection config at 08:10 but sync still fails with 401. Using "token" field with a HTTP access token now? Which auth does the Bitbucket permission sync need?

Lars Ekdahl
Platform team, Norrsken Bank
""", ["permissions-sync", "bitbucket", "authz", "alert"]),

T("so02", "NSB", "email-thread", "se/p0",
"Security incident: user could view restricted repository in Fyren",
r"""
Dear Support,

We must report a security issue. A developer in our Cards division reported that he could open and search the repository "sanctions-screening-rules" in Fyren, which is restricted in Bitbucket to the Financial Crime team only. He confirmed he has no access in Bitbucket itself. We have disabled his account and made the repository private-to-admins via repository permissions as a temporary control.

We need root-cause analysis and confirmation of whether other users or repositories are affected. This is reportable internally to our CISO within 24 hours.

Annika Berg
IT Security Officer, Norrsken Bank

-----Original Message-----
From: Lars Ekdahl
Sent: today 10:02
Subject: sanctions repo

Annika, I checked: the repo was added via the "repos" list in the Bitbucket code host config last Thursday, not via the project sync. Permission sync shows the repo with 0 permitted users, yet the developer can read it. Fyren 5.3.0, authorization: {"identityProvider": {"type": "username"}} is set.
""", ["security", "permissions", "bitbucket", "authz"]),

T("so03", "NSB", "one-liner", "se/p1",
"Fyren empty again",
r"""
I see zero repos in Fyren since 8 this morning, same as last month when the Bitbucket password changed? Colleagues in my team too. - Jonas Lind
""", ["permissions-sync", "bitbucket"], recurs="so01"),

T("so04", "HGM", "logs", "se/p2",
"GitHub GraphQL rate limit alert, repo syncs lagging",
r"""
Hi,

github_graphql_rate_limit_remaining has been firing on lantern-prod since Monday:

  alertname=github_graphql_rate_limit_remaining service_name=repo-updater level=critical
  description: repo-updater: less than 250 remaining calls to GitHub graphql API before hitting the rate limit

repo-updater log:
  WARN  github: rate limit low  {"host":"github.harrowgate.internal","resource":"graphql","remaining":31,"reset":"2024-05-20T10:00:00Z"}

Effect: new repos in GHE show up in Lantern 4-6 hours late. We have one GHE connection with a token from svc-lantern, ~28k repos. GHE admins say our account is the top consumer. Can we reduce the calls (repositoryQuery?) or use a GitHub App instead?

Dmitri Volkov
""", ["rate-limit", "github-enterprise", "repo-updater", "alert"]),

T("so05", "PRG", "template", "se/p2",
"Perforce depots stopped syncing on SG after P4 server move",
r"""
**Summary**
All Perforce depots (//pos-firmware/..., //store-config/...) on SG stopped updating on Saturday.

**Impact**
POS firmware team (~70 devs) sees 4-day old code in SG. GitHub repos unaffected.

**Steps to reproduce**
1. Open //pos-firmware/main in SG
2. Last change shown is CL 884213; latest in P4 is CL 884540

**Expected**
Depots current.

**Actual**
Code host page for the Perforce connection shows:
  error: p4 login: The authenticity of 'perforce.pellucid.internal:1666' can't be established, this may be your first attempt to connect to this P4PORT. The fingerprint for the key sent to your client is 3F:A9:...

**Environment**
Managed instance, Perforce via private connectivity. Our Perforce team migrated the server to new hardware on Saturday (new SSL key).

Marisol Ortega
""", ["perforce", "fingerprint", "sync", "managed-instance"]),

T("so06", "CBF", "non-native", "se/p2",
"new GitLab projects not appear in portal",
r"""
Hello team,

Since around one week, new projects created in our GitLab (gitlab.cobaltline.internal) are not appearing in the portal. Old projects update ok, I can see commits from today. But for example project "tms/yard-planner" created on Monday, not exist in portal, search repo:yard-planner give nothing.

Our code host config use "projectQuery": ["groups/tms/projects?include_subgroups=true", "groups/wms/projects?include_subgroups=true"] and token of user svc-portal. In repo-updater logs I see:

  WARN gitlab: list projects failed {"query":"groups/tms/projects?include_subgroups=true","error":"403 Forbidden"}

but only for tms group. The user is Reporter in tms. What permission is needed?

Thanks,
Tomasz Wiśniewski
""", ["gitlab", "sync", "token", "permissions"]),

T("so07", "CBF", "one-liner", "se/p2",
"gitlab projects missing from portal again (wms group this time)",
r"""
new projects in the wms group aren't showing in the portal, svc-portal was re-added to the group yesterday after an AD cleanup. same thing Tomasz had with tms?
""", ["gitlab", "sync", "token"], recurs="so06"),

T("so08", "TWL", "mixed", "se/p2",
"SAML: new Azure AD users get 'no matching user' on first login",
r"""
Hi,

New joiners can't get into our code browser.

### Symptom
After the Azure AD SAML redirect they land on an error page:
> Authentication failed. Try signing in again (and clearing cookies for the current site). The error was: no user found matching the SAML assertion

### Config (redacted)
```json
"auth.providers": [
  {
    "type": "saml",
    "configID": "azure-ad",
    "identityProviderMetadataURL": "https://login.idp.example/tidewater/federationmetadata.xml",
    "allowSignup": false
  }
]
```

### Question
Existing users are fine. Is `allowSignup: true` the intended way to auto-provision, and can we restrict signup to members of a specific AD group?

Femi Adeyemi
""", ["saml", "sso", "azure-ad", "provisioning"]),

T("so09", "QHC", "chat-paste", "se/p2",
"gitserver disk_space_remaining on Atlas",
r"""
#atlas-ops
theo.grant 14:20  gitserver disk_space_remaining warning firing on atlas: gitserver-1 at 8.7% free
theo.grant 14:21  gitserver-0 is at 41% free, gitserver-2 at 39%. so it's just one shard
theo.grant 14:22  biggest dirs on gitserver-1: ghes.quayhaven.internal/quant/tick-archive (310G!) and gerrit.quayhaven.internal/risk-models
helene.marchand 14:25  tick-archive is the repo with the parquet files committed by mistake, they rewrote history but it's still huge here?

Questions for Sourcegraph:
- does gitserver garbage-collect after a force-push history rewrite, or do we need to re-clone that repo?
- can we rebalance repos between shards?
Atlas 5.2.3, Helm, gitserver 3 replicas x 1Ti.
""", ["gitserver", "disk-space", "alert", "gc"]),

T("so10", "MPS", "email-thread", "se/p3",
"FW: gitserver disk warning on our managed instance",
r"""
Hi support,

Forwarding what we see in the monitoring overview on meridian.sourcegraphcloud.example. We're about to add the Linehaul GitLab group (another ~2,500 projects) next week and don't want to hit a wall.

  WARNING  gitserver: disk_space_remaining   less than 15% disk space remaining by instance (gitserver-2)

Can you confirm capacity before we add them, or should we hold off?

Thanks,
Inês Carvalho
Developer Experience, Meridian Parcel Systems

> From: Wei Zhang
> The warning appeared after the monorepo "parcel-core" doubled in size when the scanning team vendored their models. Only gitserver-2 holds it.
""", ["gitserver", "disk-space", "alert", "managed-instance"]),

T("so11", "CBF", "email-thread", "se/p2",
"portal slow - page_load_latency red",
r"""
The portal has been slow all week and Grafana shows page_load_latency in red. I have 700 engineers complaining. Fix it.

Gretchen Alby
IT Operations Manager, Cobaltline Freight

> From: Tomasz Wiśniewski
> Gretchen, in Grafana the alert is "frontend: page_load_latency - 90th percentile page load latency over all routes over 10m above 2s". gitserver dashboard also show high "99th percentile gitserver duration". CPU of VM is 40%. I will send logs to support.
""", ["alert", "page-load-latency", "performance", "docker-compose"]),

T("so12", "one-off", "email-thread", "se/p1",
"Instance blocking sign-ins: 'user limit exceeded' but we are under our seats",
r"""
Hello,

Since this morning new users cannot sign in to our Sourcegraph; they get "This instance has reached its licensed user limit". Existing users are fine. Our license is for 1,000 users and Site admin > Users shows 641 active accounts (plus 38 deactivated). We checked the license key in site config: it shows 1,000 seats, valid until next February.

We onboard a graduate cohort of 40 on Monday, so this needs fixing before then.

Best regards,
Samir Aziz
Engineering Systems, Copperleaf Bank

> Support: thanks Samir, can you share the output of the license info on the site admin License page?

"Licensed users: 1000 / Current users: 1027 (includes 348 users created by SCIM with no sign-in)"
""", ["license-enforcement", "seats", "scim", "sign-in"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("so13", "FST", "non-native", "se/p1",
"POC instance show 'license expired' banner but key is valid",
r"""
Hello,

Since yesterday the POC instance sourcegraph-poc.fennimore.internal show red banner "Your Sourcegraph license has expired" for all users. But the trial key we got from Mike's account team is valid until 30 of next month, I see it in site admin > License: "Expires: in 34 days".

Everything still work but the developers in POC think the product is broken and our evaluation report is due in two weeks. Maybe the instance check the time wrong? Our AKS nodes are in UTC.

Carla Duarte
""", ["license-enforcement", "poc", "banner", "trial"]),

T("so14", "one-off", "mixed", "se/p2",
"Seat limit banner even after we deactivated users",
r"""
Hey,

Same kind of thing I've seen mentioned on your community forum: our admin page says "Licensed users: 250 / Current users: 262" and shows the over-limit banner. We deactivated 30 leavers yesterday, but the count didn't change.

Site admin > Users after cleanup:
| status       | count |
|--------------|-------|
| active       | 232   |
| deactivated  | 30    |

So deactivated users seem to still be counted. License is fine through 2025. No sign-in blocking yet, just the banner + emails to admins every day.

Cheers, Jamie Tobin (Northgate Outfitters)
""", ["license-enforcement", "seats", "banner"], recurs="so12",
  org_tags=["self-hosted", "docker-compose", "retail"]),

T("so15", "one-off", "logs", "se/p2",
"repo_corrupted alert for one repo on gitserver",
r"""
Hi,

We got this alert in Slack overnight:

  [FIRING] repo_corrupted  service_name=gitserver level=critical
  description: gitserver: 1+ corrupted repositories

gitserver-0 logs:
  ERROR gitserver.cleanup  repo corrupt  {"repo":"bitbucket.mossgrove.internal/CLM/claims-ledger","reason":"git fsck: error: object file .git/objects/5a/3c... is empty"}

The repo shows "Cloning in progress" in the UI since then and hasn't finished. Is the recommended fix just to delete it from disk and let it reclone? Kubernetes, Helm 5.3.1.

Oliver Price, Mossgrove Insurance
""", ["gitserver", "repo-corrupted", "alert", "bitbucket"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("so16", "HGM", "chat-paste", "se/p2",
"GHE rate limit alert again after adding second connection",
r"""
[#lantern-ops]
Kwame Asante 11:03  github_graphql_rate_limit_remaining firing again on lantern-prod :(
Dmitri Volkov 11:05  we switched to the GitHub App in May per the old ticket and it had been fine
Kwame Asante 11:06  yesterday I added a 2nd GHE connection for hgm-cards... with my PAT because the app wasn't installed on that org yet
Dmitri Volkov 11:07  so the PAT is shared with my personal scripts, that will eat the quota. but alert is on the app's budget?
Kwame Asante 11:09  repo-updater logs show remaining=12 for host github.harrowgate.internal, can't tell which credential

-> Sourcegraph: how do we see which credential the limit applies to, and is per-connection rate limiting configurable? 5.4.1.
""", ["rate-limit", "github-enterprise", "github-app", "alert"], recurs="so04"),

T("so17", "BMS", "template", "se/p1",
"[BUG] GitLab repos cloned but no commits from the last 3 days",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) High
Component: code host / GitLab
Reporter: Sanjay Pillai

Steps to reproduce:
1. Open brightmarket/basket-mono on sg.brightmarket.internal
2. Compare latest commit on main with gitlab.brightmarket.internal

Expected:
Same HEAD (within ~10 min)

Actual:
sg shows commit from Friday. GitLab has ~140 newer commits. "Refresh now" on the repo settings page queues an update but HEAD stays the same. gitserver log:
  WARN gitserver: fetch failed {"repo":"gitlab.brightmarket.internal/brightmarket/basket-mono","err":"remote: HTTP Basic: Access denied. The provided password or token is incorrect or it has expired."}

Logs: see above

Additional context:
It's not just basket-mono: every repo from our GitLab (about 1,100) has been frozen since Friday, so search and browsing show 3-day-old code everywhere. Token is a group access token on the brightmarket group. GitLab now enforces max 1 year expiry, I think ours hit it on Friday. Which scopes does the new token need (read_api + read_repository?)
""", ["gitlab", "token-expired", "repo-updates", "gitserver"]),

T("so18", "PRG", "one-liner", "se/p2",
"Perforce still stale in SG",
"", ["perforce", "sync"], recurs="so05"),

T("so19", "one-off", "non-native", "se/p3",
"How use src serve-git for local folder repos",
r"""
Hi,

We have some old code only in folders on a file server (no git host). I read that with src serve-git it is possible to show them in Sourcegraph. Can you explain the steps? We run docker-compose on a Linux VM. Need I convert every folder to git repo before?

Thank you
Jan Novák, Vltava Logistics
""", ["src-serve-git", "local-repos", "question"], org_tags=["self-hosted", "docker-compose", "logistics"]),

T("so20", "TWL", "email-thread", "se/p1",
"Half my team lost access to private repos",
r"""
Since Tuesday around half of the Platform team can't see private repos in the code browser. They can see them in GitHub. This is blocking code review prep for a release. Fix urgently.

Rachel

> Femi Adeyemi wrote:
> The affected users all joined the tidewater-log GitHub org via the new "platform-eng" team that was created by SCIM from Azure AD. Their user settings page in Sourcegraph shows "Permissions last synced: never". Users that were added to GitHub teams manually before are fine.
""", ["permissions-sync", "github", "authz", "managed-instance"]),
]
