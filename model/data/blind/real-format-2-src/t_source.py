from common import T

TEAM = "source"

TICKETS = [
T("gitserver out of disk - clones failing, repos showing errors everywhere",
"""
P1!! Nobody can browse recent code.

Alert:
  critical: gitserver: less than 15% disk space remaining by instance
  instance: gitserver-2  value: 2.1%
  critical: gitserver: 1+ repo corrupted  (name=repo_corrupted)

gitserver-2 log:
  {"SeverityText":"ERROR","Body":"failed to fetch","Attributes":{"repo":"scm.odalys.internal/mobile/app-ios","err":"fatal: write error: No space left on device"}}
  {"SeverityText":"ERROR","Body":"repo marked corrupt","Attributes":{"repo":"scm.odalys.internal/core/api","reason":"error: object file .git/objects/3f/... is empty"}}

$ df -h /data/repos   (inside gitserver-2)
Filesystem  Size  Used Avail Use% Mounted on
/dev/sdb    2.0T  2.0T   41G  98% /data/repos

About a third of our repos are on that shard, including the core API one everyone needs. Can we just delete something? What is safe?
""",
"se/p0", "logs", ["urgent"], ["self-hosted", "enterprise"]),

T("Re: Contractors can see private repositories they were never granted",
"""
Hi Support,

We're treating this as a security incident on our side. Please respond ASAP.

Regards,
Tomás Villaverde
Information Security, Aurelio Pharma
--
The information in this email is confidential and may be legally privileged.

> On Fri, Dec 4, 2026 at 8:15 AM Rosa Imbert wrote:
> Tomás, confirmed: contractor accounts in the "ext-vendors" GitLab group can open
> repos under gitlab.aurelio.internal/research/*, which in GitLab they have no access to.
> They can read files and search them. Started after we switched the code host
> connection from a personal token to the new group service account on Wednesday.
>
> The user permissions page for one of them says "Last synced: never".
>
>> On Thu, Dec 3, 2026 at 6:40 PM Tomás Villaverde wrote:
>> Rosa, one of the contractors emailed asking why he can see our oncology research code in
>> the code search tool. Can you check? Also — we still owe the vendor the updated W-9 form,
>> Finance is on it.

We have temporarily disabled all contractor accounts (~90 people), which is blocking their work. Need a fix and an explanation of exposure.
""",
"se/p0", "email-thread", ["urgent", "security", "escalated"], ["self-hosted", "enterprise"]),

T("login broken for the whole platform group",
"""
teams paste:

Sander V  08:47
anyone in platform able to log in to code search? I get "authentication failed: saml: assertion audience mismatch"
Noémie L  08:48
same. people from payments log in fine
Sander V  08:50
the IdP team moved the platform group to the new Entra app registration last night
Noémie L  08:52
so the audience/entity id differs for that group? there's no way in for us, builtin login is disabled
Sander V  08:53
~400 people in platform. opening a ticket
""",
"se/p1", "chat-paste", ["bug"], ["self-hosted"]),

T("Perforce depots stopped syncing after upgrade to 6.0",
"""
**Sourcegraph version:** 6.0.2 (upgraded from 5.10.3 on Monday)
**Platform information:** Kubernetes, Helm, p4d 2024.2 on-prem

**Steps to reproduce:**
1. Have Perforce code host connection with ~220 depots
2. Upgrade
3. Wait for sync

**Expected behavior:** depots update as before (every few minutes)

**Actual behavior:** last update for all depots is Monday 09:12. The code host page shows `p4 fusion: exit status 1: Perforce password (P4PASSWD) invalid or unset` although `p4 login -s` from the same pod with the same ticket works.

**Additional context:** Game studio, ~300 engineers rely on this for the engine code. No workaround we know of.
""",
"se/p1", "template", ["bug", "upgrade"], ["self-hosted"]),

T("repos old, alert github rate limit remaining",
"""
Hi,

From yesterday our repos in code search are old, last update 30 hour ago for many. Grafana show alert "github graphql rate limit remaining" is near 0 and "github rest rate limit remaining" also low.

We have one token for connection, it is of bot user. Maybe other tool use same token? We have 6,000 repos. Developers see old code and they make wrong decisions, some are angry.

What is best practice, more tokens? GitHub App?

Thanks,
Ahmad Karimi
""",
"se/p1", "non-native", ["bug"], ["self-hosted"]),

T("POC: only ~100 of 2,300 Bitbucket repos imported",
"""
## Issue
Evaluation instance imports **exactly 100** repositories from our Bitbucket Data Center, we expect ~2,300.

## Connection config
```json
{
  "url": "https://bitbucket.lindqvist-ab.internal",
  "username": "svc-codesearch",
  "token": "REDACTED",
  "repositoryQuery": ["?visibility=private"]
}
```

## Observations
- The service account can see all projects in the Bitbucket UI
- Repos page count stays at 100 after several hours

## Timeline
Evaluation committee meets on **Dec 10**. With 4% of our code in there, the evaluation is pointless.
""",
"se/p1", "markdown", ["poc"], ["trial"]),

T("new gitlab projects only show up the next day",
"",
"se/p2", "one-liner", [], []),

T("page load latency alert keeps firing on frontend",
"Warning level, started after we connected our second GitHub org. No user complaints yet.",
"se/p2", "one-liner", [], ["self-hosted"]),

T("sync errors for one of three code hosts",
"""
repo-updater logs, filtered for the failing connection:

{"SeverityText":"WARN","Body":"syncer.sync","Attributes":{"externalService":"GitLab (legacy)","id":7,"error":"listing projects: request to https://gitlab-old.pemberton.internal/api/v4/projects?page=41 failed: 502 Bad Gateway"}}
{"SeverityText":"WARN","Body":"syncer.sync","Attributes":{"externalService":"GitLab (legacy)","id":7,"error":"listing projects: context deadline exceeded"}}

Alert: repo-updater: 0.01+ src_repoupdater_syncer_sync_errors_total (warning)

The other two connections (GitHub Enterprise, new GitLab) are fine. The old GitLab is slow but alive. Repos from it haven't refreshed in ~12h. Could we raise a timeout or page size somewhere?
""",
"se/p2", "logs", [], ["self-hosted"]),

T("one repo shows \"repository corrupted\"",
"""
from our #dev-productivity channel:

Gabi  16:03  infra-tools repo shows a red banner "this repository is corrupted and will be recloned" since yesterday
Gabi  16:04  it never actually reclones though
Ken   16:06  grafana has the repo corrupted alert for gitserver-1, count 1
Ken   16:07  everything else fine. can we force a reclone from the admin UI?
Gabi  16:07  I clicked the button, nothing visible happened
""",
"se/p2", "chat-paste", [], []),

T("RE: our key expired and now nothing updates?",
"""
Hi,

Quick follow-up, I think I found it myself — the thing that expired was NOT the Sourcegraph licence (phew), it was the personal access token we use for the GitLab connection. I generated a new one and pasted it in, and now about half the repos update, the other half still say "401 Unauthorized" in the repo's mirroring page.

Does the token need extra scopes? Old one was created by someone who left.

Best,
Jana Horvat
DevOps, Kreuzfeld Automotive

> On Dec 2, 2026, at 09:55, Jana Horvat wrote:
> Good morning, we got an email that "your key expires in 0 days" and since then repos are not
> updating. Is it the licence? Our renewal is in process with your sales I believe.
>
> Signature disclaimer: Kreuzfeld Automotive GmbH, Sitz Stuttgart, HRB 000000.
""",
"se/p2", "email-thread", ["follow_up"], []),

T("one user cannot login, say email not verified",
"""
Hello

We use OpenID Connect with Keycloak. One user (j.moreau) cannot login, the error page say "account not verified: email is not verified by the identity provider". In Keycloak the email is verified, we checked two times. Other 500 user are ok.

What can we do for this one person? He works now with colleague screen.
""",
"se/p2", "non-native", [], ["self-hosted"]),

T("Feature request: honour Gerrit ACLs for repo visibility",
"""
### Request
We mirror ~900 projects from Gerrit. Today we have to either expose all of them to every user or leave the sensitive ones out entirely.

### Desired
Repository permissions synced from Gerrit groups, like it works for our GitHub org.

### Current workaround
| Approach | Problem |
|---|---|
| Separate connection with only public projects | sensitive projects not searchable at all |
| Manual `repoPermissions` via API | doesn't scale, drifts |

Related internal ticket: https://jira.wexford-sys.example/browse/DEVX-4411
""",
"se/p2", "markdown", ["feature_request"], ["enterprise"]),

T("Removed from GitHub team 3 days ago, still sees the repo",
"""
HR offboarded a team transfer on Monday — the engineer was removed from the `treasury-core` GitHub team, so they shouldn't see that repo anymore.

Thursday: they can still open it and search in it in code search.

Admin → user → Permissions shows:
  Last synced: 3 days ago
  Next scheduled: —

Grafana (Worker dashboard): "perms syncer outdated perms" warning and "perms syncer sync errors" > 0 since Sunday.

This is an auditor-visible control for us. Sync seems stuck for everyone, not just this user — I just can't verify for 3,000 people. Manual "schedule sync" did nothing.
""",
"se/p0", "mixed", ["security", "urgent"], ["self-hosted"]),

T("monorepo clone taking forever",
"""
#code-search-admins

Ilya  10:20  the new monorepo (~60GB) is stuck "cloning" for 14h
Ilya  10:21  "repository clone queue size" on gitserver is 300+ and not shrinking
Mariam 10:24  probably the monorepo hogging a clone slot and the rest wait behind it
Ilya  10:26  other repos are still served fine, just new ones not coming in. we can wait a bit but want to know if there's a knob
""",
"se/p2", "chat-paste", [], ["self-hosted"]),

T("How do I exclude archived repos from syncing?",
"",
"se/p3", "one-liner", ["question"], []),

T("local repos without a code host - src serve-git?",
"""
**Sourcegraph version:** 5.11.2
**Platform information:** <!-- Kubernetes version, cloud provider, Docker version... -->

**Steps to reproduce:**
<!-- A list of steps to reproduce the bug -->

**Expected behavior:**
<!-- What did you expect to happen? -->

**Actual behavior:**
<!-- What happened instead? -->

Hi, this is more of a question. We have ~40 repos that only exist on a shared NFS path (legacy team, no code host). Is `src serve-git` the way to get them in permanently, or is it only meant for a quick demo?
""",
"se/p3", "template", ["question"], []),

T("automatic user provisioning from Okta?",
"""
Slack DM, forwarded:

Hugo: do we know if sourcegraph supports SCIM from Okta? would love users deprovisioned automatically
Elif: no clue, I only set up SAML
Hugo: ok, I'll ask. no rush, just tidying up the offboarding checklist
""",
"se/p3", "chat-paste", ["question"], ["self-hosted"]),

T("giving team leads admin rights for only some things",
"""
Hi there,

We'd like our team leads to be able to manage code host connections without being full site admins (they shouldn't see billing-ish stuff or the site config).

- Is there role-based access for that?
- If yes, where is it configured? We looked under Users & Auth.

> From our internal wiki: "Only platform team members are site admins" — we'd like to keep it that way.

Thanks, Rafael (Lumenport)
""",
"se/p3", "mixed", ["question"], []),

T("what is the cloudkms cryptographic requests alert",
"""
We saw this once last night, resolved by itself after ~10 min:

  [RESOLVED] warning: frontend: 15000+ cloudkms cryptographic requests
  service: frontend
  started: 2026-12-03T23:41:00Z  ended: 2026-12-03T23:52:00Z

We use GCP KMS for the encryption key settings. Nothing seemed broken. Is this something to tune or can we ignore it?
""",
"se/p3", "logs", ["question"], ["self-hosted"]),
]
