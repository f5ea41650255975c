TEAM = "source"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p0", "Nobody can log in after IdP certificate rotation",
"""Sourcegraph version: 5.6.0
Platform information: <!-- e.g. Kubernetes, docker-compose, managed instance -->

Steps to reproduce:
1. Go to our instance, click "Sign in with Entra ID"
2. Authenticate at Microsoft

Expected behavior:
Logged in

Actual behavior:
Back on our instance: "Error: SAML response signature verification failed (x509: certificate signed by unknown authority)"

Additional context
Our identity team rotated the signing certificate on the Entra enterprise app this morning. We updated the metadata URL... I think? Builtin auth is disabled so even site admins are locked out. All 1,700 users blocked.""",
["urgent", "sso"], ["self-hosted"])

t("template", "se/p2", "Big Perforce depot fails to import",
"""Sourcegraph version: 5.5.2463
Platform information: k8s

Steps to reproduce:
1. Add depot //mobile/main/ (about 230k files, 19 years of history) to the Perforce connection
2. Wait

Expected behavior:
Depot converted and searchable

Actual behavior:
Repo page: "error cloning repo: p4-fusion: exit status 1". gitserver log snippet:
  p4-fusion: [ERROR] Failed to fetch changelist 1184223: Out of memory!
Other depots (smaller) work.

Additional context
Not urgent-urgent, the mobile team can use P4V in the meantime.""",
[], ["self-hosted"])

t("template", "se/p3", "how often do repos update?",
"""Sourcegraph version: 6.0
Platform information: <!-- e.g. Kubernetes, docker-compose, managed instance -->

Steps to reproduce:
<!-- Minimal steps to reproduce the behavior -->

Expected behavior:
<!-- What did you expect to happen? -->

Actual behavior:
<!-- What happened instead? -->

Additional context
How often does Sourcegraph fetch new commits from our GitLab? Sometimes it's instant and sometimes an hour. Should we set up webhooks?""",
["question"], [])

# ---------------- logs ----------------
t("logs", "se/p2", "GitHub rate limit alerts, syncs lagging",
"""Built-in alerts firing since we added two more orgs to the GitHub connection:

  warning: repo-updater: less than 250 remaining calls to GitHub graphql API before hitting the rate limit (github_graphql_rate_limit_remaining)
  warning: repo-updater: less than 250 remaining calls to GitHub rest API before hitting the rate limit (github_rest_rate_limit_remaining)

repo-updater logs:
  {"Body":"rate limit exceeded, waiting","Attributes":{"resetIn":"47m12s","externalService":"GitHub (github.com)"}}

New repos take hours to show up. Using a single PAT from a bot account. Would a GitHub App help?""",
["alert"], [])

t("logs", "se/p0", "all users can see every repository",
"""We noticed today that contractors can see and search repositories they have no access to on GitLab (e.g. our HR systems and security tooling).

Site config for the code host (relevant part):

{
  "url": "https://gitlab.oakridge-ins.example",
  "token": "REDACTED",
  "projectQuery": ["groups/all"],
  "authorization": null
}

worker logs:
  {"Body":"perms_syncer: skipping, no authorization configured for external service","Attributes":{"externalServiceID":4}}

Someone removed the "authorization" block during a config cleanup 9 days ago. ~300 contractors have accounts. Security has declared an incident; we need to know how to restore enforcement immediately and how to determine who accessed what.""",
["security", "escalated"], ["self-hosted"])

t("logs", "se/p1", "gitserver disk almost full, clones failing",
"""Critical alert since this morning:

  critical: gitserver: less than 15% disk space remaining by instance (disk_space_remaining)  gitserver-1
  warning:  gitserver: 25+ repository clone queue size (repository_clone_queue_size)

gitserver-1 logs:
  {"Body":"clone failed","Attributes":{"repo":"github.quayside.example/net/provisioning","error":"write /data/repos/...: no space left on device"}}

gitserver-1 has 1TB and holds ~6k repos, others are at 60%. New repos on that shard won't clone and existing ones stopped updating. Lots of teams affected.""",
["alert"], ["self-hosted"])

# ---------------- one-liner ----------------
t("one-liner", "se/p2", "new repos not showing up",
"added 30 repos in gitlab last week, still not in sourcegraph", [], [])

t("one-liner", "se/p2", "okta login loop", "only for me it seems", [], [])

t("one-liner", "se/p3", "can we connect Gerrit?", "", ["question"], [])

# ---------------- email-thread ----------------
t("email-thread", "se/p1", "Re: all repos out of date",
"""Hi Support,

Jeroen from our team put together the details below. Whole company is seeing stale code in search and file views since Friday.

Thanks,
Emma

On Mon, 24 Feb 2025 at 09:21, Jeroen Bakker wrote:
> Emma,
> Looked into it. On the code host connection page for our Bitbucket Data Center:
>   "Last sync failed: 401 Unauthorized: Authentication failed. Please check that you are using a valid personal access token"
> Every repo's "last updated" is Feb 21. Turns out Bitbucket now enforces a 90-day expiry on HTTP access tokens and the one the service account uses expired on the 21st.
> I created a new token and put it in the connection config. Sync now says "succeeded" but repos still show the old commits and `git fetch` errors on the repo pages: "fatal: Authentication failed for 'https://bitbucket.helix.example/scm/..."
>
> On Mon, 24 Feb 2025 at 08:02, Emma Lund wrote:
> > Jeroen, devs say Sourcegraph shows code from last week?

--
Emma Lund | Developer Experience | Helix Freight""",
["email"], ["self-hosted"])

t("email-thread", "se/p0", "RE: URGENT - users blocked 'user limit exceeded'",
"""Hello,

This is critical for us, please escalate.

From: Svetlana Ivanova
Sent: 11 March 2025 08:47
Subject: RE: URGENT - users blocked

Since this morning every user who logs in gets:
  "Sign-in blocked: this instance has reached its licensed user limit. Contact your site admin."
This includes people who have been using it for years, not only new accounts. Only the two site admins can get in.

Our license (checked in site admin): 1,000 users, valid until December. Site admin > Users shows 642 users. We did nothing yesterday except deactivate ~40 leavers through SCIM.

> From: Svetlana Ivanova
> Sent: 11 March 2025 08:10
> Team, anyone else can't log into Sourcegraph?

--
Svetlana Ivanova
IT Platform Owner | Brightmoor Bank
This message and any attachments are confidential.""",
["urgent", "escalated"], ["self-hosted"])

t("email-thread", "se/p2", "Re: New joiners wait a day to see repos",
"""Hi,

One more from Ahmed, see below.

> On Thu, 6 Feb 2025, Ahmed Bakr wrote:
> Lisa, whenever someone new joins a GitHub team, they can't see those repos in Sourcegraph for ~24 hours. Their GitHub access is immediate. Manager complaints every onboarding week. Is there a way to make it pick up access changes faster, or to trigger a refresh for one person?
>
> > On Wed, 5 Feb 2025, Lisa Chung wrote:
> > Ahmed, is this the same thing as last month?

Thanks,
Lisa Chung
Engineering Operations, Obsidian Games""",
["email"], [])

# ---------------- non-native ----------------
t("non-native", "se/p1", "after change github app no repo clone",
"""Hello. We change from token to GitHub App for connect our github enterprise yesterday. Now no repo can clone, all new repo show "error cloning repo: repository not found" and old repo not update. We have 4000 repo. The app is installed on all organization. What is wrong?""",
[], ["self-hosted"])

t("non-native", "se/p2", "azure devops repos not sync",
"""Hi, some of our Azure DevOps repos not sync to sourcegraph, they say "not found" in the list. other repos in same project work. We check and the names have space and "&" in name, maybe is this problem? version 5.5""",
[], [])

t("non-native", "se/p1", "user can see repo after left team",
"""Hello, one developer moved to other department 2 week ago and was removed from the GitLab group, but in sourcegraph he can still see and search the code of our old project (confidential). We check other people also maybe. Why permission not update? This is security issue for us.""",
["security"], ["self-hosted"])

# ---------------- markdown ----------------
t("markdown", "se/p2", "OIDC with Entra ID - group claims not used",
"""## Setup
- OpenID Connect provider = Microsoft Entra ID
- We want to restrict sign-in to members of `sg-users` group

## Config
```json
{
  "type": "openidconnect",
  "issuer": "https://login.microsoftonline.com/<tenant>/v2.0",
  "clientID": "…",
  "clientSecret": "…",
  "requireEmailDomain": "yarrow-health.example",
  "allowGroups": ["sg-users"]
}
```

## Problem
- People **not** in the group can still sign in
- The ID token does contain a `groups` claim (GUIDs, not names) – screenshot: https://imgur.com/a/jK3wq8B

Is `allowGroups` supposed to take the GUID or display name?""",
["sso"], [])

t("markdown", "se/p3", "SAML docs page has a wrong config key",
"""Hi! Small docs issue:

- The SAML configuration page shows the key `identityProviderMetadataUrl`
- Our instance rejected it: `unknown field "identityProviderMetadataUrl"`
- The one that worked is `identityProviderMetadataURL` (capital **URL**)

Might save someone else half an hour 🙂 Nothing blocked on our side.""",
["docs"], [])

t("markdown", "se/p1", "repo_corrupted alerts on many repos",
"""# What we see
```
warning: gitserver: 5+ corrupt repositories (repo_corrupted)
```
and in the UI for some repos:

> Error: repository is corrupt: fatal: bad object HEAD

# Scope
- ~140 repos so far, number growing since yesterday
- all on **gitserver-2**
- search returns nothing for those repos; file view errors

# Timeline
- Sat: storage team migrated the underlying NFS volume for gitserver-2
- Sun: first alerts

Many teams use these repos daily. Can we force a re-clone safely?""",
["alert"], ["self-hosted"])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p0", "OAuth redirect_uri mismatch - no one can log in",
"""From our #it-incidents channel:

[07:58] cam: sourcegraph login broken for everyone
[07:59] cam: GitHub says "The redirect_uri is not associated with this application."
[08:01] noor: we moved to the new hostname code.valemont.example last night, old one still redirects
[08:03] cam: externalURL was updated. do we also need to change something in the GitHub OAuth app? Github is our only sign-in method
[08:05] noor: all 1.4k devs locked out, please hurry""",
["urgent", "sso"], ["self-hosted"])

t("chat-paste", "se/p2", "page load latency alert?",
"""Copy from our ops channel:

> **grafana**: [WARNING] frontend: 2s+ 90th percentile page load latency over all routes over 10m (page_load_latency)
> **ben**: what's this one about? it's been flapping all week
> **leah**: users haven't complained much, maybe the code host pages feel slower?
> **ben**: I'll open a ticket

Self-hosted, 5.6.""",
["alert"], ["self-hosted"])

t("chat-paste", "se/p3", "giving a contractor access to just 3 repos",
"""Slack:
<mila> we're bringing in an external contractor, they should only see 3 specific repos in sourcegraph. how do we do that?
<pete> our code host perms are messy for that group, can sourcegraph restrict per user?
<mila> i'll ask support. not urgent, starts in 3 weeks""",
["question"], [])

# ---------------- mixed ----------------
t("mixed", "se/p1", "5,000 repos queued for cloning after adding org",
"""Sourcegraph version: 6.0.1
Platform information: k8s, 4 gitserver replicas

We added our biggest GitHub org yesterday. Grafana:
```
warning: gitserver: 25+ repository clone queue size  -> currently 5,120
warning: gitserver: 50+ concurrent git commands       (running_git_commands)
```

Slack from our lead:
> "rollout to the payments division is Thursday and none of their repos are in yet"

At the current rate it'll take ~6 days. Is there a setting to clone more in parallel?""",
["alert"], ["self-hosted"])

t("mixed", "se/p2", "legacy repos on NFS via src serve-git",
"""Hi,

We have ~200 old repos that only exist as bare git dirs on an NFS share (no code host). Following internal notes:

```
$ src serve-git /mnt/legacy-git
serve-git: listening on http://0.0.0.0:3434
```

Added an "Other" code host connection pointing at http://legacy-git-01:3434, repos listed, but half of them fail with:

> error cloning repo: exit status 128: fatal: unable to access '.../legacy/billing-v1/.git/': The requested URL returned error: 404

The failing ones all have a `.git` suffix on disk. Teammate:
> maybe the URL pattern is doubled?

Not urgent, these are archives.""",
[], ["self-hosted"])

t("mixed", "se/p2", "SCIM-deprovisioned users still active",
"""Sourcegraph version: 5.6.0
Platform information: Helm

We enabled SCIM from Okta last month. New users are created fine, but when someone is deactivated in Okta they stay active in Sourcegraph and can still log in with an access token they created earlier.

Okta provisioning log:
```
PATCH /.api/scim/v2/Users/1847  {"Operations":[{"op":"replace","value":{"active":false}}]}  -> 200 OK
```

Site admin still shows user 1847 as active. ~25 leavers affected so far; we're deleting them by hand as a workaround.""",
["sso"], ["self-hosted"])
