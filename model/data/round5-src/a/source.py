TEAM = "source"
TICKETS = [
dict(subject="Contractors can see private repos they have no access to",
description="""## What we found
This morning one of our contractors (external, only access to 3 repos on GitHub Enterprise) mentioned he could search and open code from our `payments-core` and `hsm-keys` repos in Sourcegraph. We verified with two other contractor accounts: **they can see every private repo**.

## Setup
- Sourcegraph 5.2.3, self-hosted
- GitHub Enterprise connection with `"authorization": {}` set, GitHub OAuth as the only auth provider
- Last week we rotated the GitHub App / token used by the connection

## Screenshot
![contractor view](https://share.tollgate.example/img/sg-contractor-view.png)

This is a security incident on our side. We've disabled contractor logins for now. Please treat as highest priority: we need to know why permissions aren't being enforced and whether anything was exposed before today.""",
priority="se/p0", form="markdown", tags=["security"], org_tags=["self_hosted","enterprise"]),

dict(subject="SAML login fails for every user after IdP certificate rotation",
description="""Sourcegraph version: 5.1.9
Platform information: k8s, self-hosted; IdP is ADFS

Steps to reproduce:
1. go to /sign-in
2. click "Sign in with ADFS"
3. authenticate at ADFS

Expected behavior: logged in

Actual behavior: redirected back to Sourcegraph with "Error: SAML response signature is invalid (x509: certificate signed by unknown authority)". Happens for everyone, no one in the company can log in. Our AD team rotated the token-signing certificate at 06:00. The builtin admin account is the only one that works.

Logs:
ERROR auth.saml failed to validate SAML response error="could not validate signature: x509: certificate signed by unknown authority" idp="https://adfs.corp.example/adfs/services/trust\"""",
priority="se/p0", form="template", tags=["urgent","sso"], org_tags=["self_hosted"]),

dict(subject="gitserver wiped repos?? everything recloning",
description="""[14:20] dmitri: @here sourcegraph shows "Repository is being cloned" on literally every repo
[14:21] dmitri: alert from last night: critical_gitserver_disk_space_remaining, then this morning gitserver-1 restarted
[14:22] sasha: gitserver logs: "repo corrupted, removing", "deleting repo from disk" x 30k lines
[14:23] sasha: clone queue is at 31k, nobody can view code or search anything
[14:24] dmitri: did it delete the repos because the disk was full??
[14:25] sasha: opening urgent ticket w/ vendor, pasting this. we're on k8s, 2 gitservers, 1TB each""",
priority="se/p0", form="chat-paste", tags=["urgent"], org_tags=["self_hosted","enterprise"]),

dict(subject="GitHub rate limit alert and repos stale for 2 days",
description="""Alerts:
warning_repo-updater_github_graphql_rate_limit_remaining
warning_repo-updater_src_repoupdater_stale_repos

repo-updater logs:
{"level":"warn","msg":"GitHub API rate limit exhausted","remaining":0,"reset":"2024-05-07T11:00:00Z","externalService":"GitHub (org: larkspur-dev)"}
{"level":"error","msg":"syncer.sync","error":"request to https://api.github.com/graphql returned status 403: API rate limit exceeded for installation ID 4177302."}

We have ~22k repos across 6 orgs. Most repos haven't picked up new commits in two days; devs keep landing on old code. Nothing we've tried helps.""",
priority="se/p1", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="perforce depot not sync, evaluation end this month",
description="""Hi, we are evaluating Sourcegraph for our game studio. Most of our code is in Perforce (Helix Core 2023.1). The git repos from GitLab are working ok, but from 14 depots only 5 are appearing. Others show error:

  p4 login: Perforce password (P4PASSWD) invalid or unset.

But same user and ticket work in p4v on my machine. We put P4USER and P4PASSWD in code host config like the documentation. The evaluation finish end of this month and our CTO want to see the Perforce code in it, that is the main reason we look at Sourcegraph. Merci d'avance pour votre aide.""",
priority="se/p1", form="non-native", tags=["poc"], org_tags=["poc","prospect"]),

dict(subject="Re: Sourcegraph not updating anymore",
description="""Hi,

Following up on my colleague's message below, we dug a bit more.

> > Since Monday Sourcegraph shows old code, is the indexing broken?
> Yes, I see the same for the monorepo and for the small repos.

Our GitLab admin rotated the group access token that the Sourcegraph code host connection uses (we have a policy of 90 days). Since then site admin > Code host connections shows "401 Unauthorized" next to the GitLab connection. We put the new token in, saved, but the error is still there and none of the ~3,000 repos has been updated since Monday. Developers are working off stale code in Sourcegraph and nobody trusts search results.

Kind regards,
Marta Nowak
Tools team | Sentrel

Disclaimer: This email is confidential.""",
priority="se/p1", form="email-thread", tags=[], org_tags=["self_hosted"]),

dict(subject="OIDC with Entra ID: login loop for most users",
description="""After switching from SAML to OpenID Connect most users end up in a redirect loop between Sourcegraph and login.microsoftonline.com. A handful of people (all in the admins group, interestingly) get in fine. Site config:

```json
"auth.providers": [
  {
    "type": "openidconnect",
    "displayName": "Microsoft",
    "issuer": "https://login.microsoftonline.com/7c1e0a2b-xxxx/v2.0",
    "clientID": "5b0d-xxxx",
    "clientSecret": "REDACTED",
    "requireEmailDomain": "arcadia.example",
    "allowSignup": true
  }
],
"externalURL": "https://sourcegraph.arcadia.example"
```

Browser network tab shows `/.auth/callback?...` → 302 → `/.auth/openidconnect/login` forever. We already rolled SAML off in our IdP so there is no going back.""",
priority="se/p1", form="config", tags=["sso"], org_tags=["self_hosted","enterprise"]),

dict(subject="new commits not showing up in sourcegraph for any repo",
description="",
priority="se/p1", form="one-liner", tags=[], org_tags=["self_hosted"]),

dict(subject="page load latency alert + everything slow for most users",
description="""We're getting warning_frontend_page_load_latency every few minutes and the panel "90th percentile page load latency over all routes" is at 12s. Repo and file pages are painfully slow for almost everyone, and it seems worst on repos that live on our Bitbucket Server. Grafana gitserver dashboard also shows "99th percentile successful gitserver query duration" spiking. No workaround, please help.""",
priority="se/p1", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="a couple of Bitbucket repos fail to clone",
description="""2 of our ~1500 Bitbucket Server repos never finish cloning (the two big ones with LFS assets):

gitserver-0 | {"level":"error","msg":"clone failed","repo":"bitbucket.corp.example/GAME/assets-main","error":"error cloning repo: exit status 128\\nfatal: early EOF\\nfatal: fetch-pack: invalid index-pack output"}
gitserver-0 | {"level":"error","msg":"clone failed","repo":"bitbucket.corp.example/GAME/cinematics","error":"exit status 128 ... remote: fatal: the remote end hung up unexpectedly"}

Everything else is fine and people can clone those two locally if they need them.""",
priority="se/p2", form="logs", tags=["urgent"], org_tags=["self_hosted"]),

dict(subject="SCIM from Okta creates duplicate users",
description="""**Sourcegraph version:** 5.3.0
**Platform information:** <!-- Kubernetes, Docker Compose, managed instance? -->

**Steps to reproduce:**
1. assign an existing Sourcegraph user (who signed in via SAML before) to the SCIM app in Okta
2. push

**Expected behavior:** existing account linked

**Actual behavior:** new account "jdoe-1" created; the old "jdoe" keeps their settings but new logins go to jdoe-1

**Additional context:**
<!-- screenshots, logs -->
affects ~40 of 900 users so far, we paused the push""",
priority="se/p2", form="template", tags=["scim"], org_tags=["enterprise"]),

dict(subject="http-header auth proxy: usernames include domain",
description="""We sit behind an oauth2-proxy that sets X-Forwarded-User as `jdoe@corp.example`. Sourcegraph creates users named `jdoe-corp.example`, which breaks matching with the GitLab usernames for permissions.

```json
"auth.providers": [
  {
    "type": "http-header",
    "usernameHeader": "X-Forwarded-User",
    "emailHeader": "X-Forwarded-Email"
  }
]
```

Is there a way to strip the domain part? We can change the proxy if needed but would rather not.""",
priority="se/p2", form="config", tags=[], org_tags=["self_hosted"]),

dict(subject="user limit reached but we only use 180 of 250 seats",
description="""New hires can't sign in, they get "The user limit for your Sourcegraph license has been reached (250 users)". Site admin > Users shows 180 active + 66 deleted/soft-deleted.

Screenshot: https://drive.example/s/7Hk2Lp (license page + user list)

Looks like the product is counting deleted users towards the limit? Existing users are fine. We are NOT asking to buy more seats, the count is just wrong. Version 5.2.6.""",
priority="se/p2", form="mixed", tags=["license"], org_tags=["self_hosted","enterprise"]),

dict(subject="Gerrit: only part of the projects synced",
description="""### Gerrit connection
Connected our Gerrit 3.8 with `"projects"` left empty so it should mirror everything.

### Result
| Gerrit projects (total) | In Sourcegraph | Missing |
|---|---|---|
| 1,240 | 812 | 428 |

Missing ones are all nested like `platform/infra/tools`. Non-nested projects are there.

### Ask
Is nesting supported, or do we need to list them explicitly? We can search the 812 fine in the meantime.""",
priority="se/p2", form="markdown", tags=[], org_tags=["self_hosted"]),

dict(subject="permission syncing for Azure DevOps",
description="""We connected our Azure DevOps organization and repos sync fine, but every user can see every repo. From what I can tell there's no repository permission sync for Azure DevOps like there is for GitHub. Is that on the roadmap? Our security team will only let us onboard the restricted projects once that exists. Would be great to know timing, it's not blocking the rest of the rollout.""",
priority="se/p2", form="plain", tags=["feature-request"], org_tags=["self_hosted","enterprise"]),

dict(subject="perms syncer outdated perms",
description="""warning worker: 100+ outdated perms (perms syncer outdated perms) since yesterday

some users say a repo they were added to on GitHub 2 days ago still 404s in sourcegraph. others fine. we set the user to re-sync manually in site admin and that fixes it for them.""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="src serve-git vs src-expose?",
description="which one should we use for ~300 local non-git dirs",
priority="se/p3", form="plain", tags=[], org_tags=[]),

dict(subject="Repository clone queue size jumped to 4000",
description="""Sourcegraph version: 5.3.1
Platform information: docker-compose
Steps to reproduce: added a second GitLab code host connection (~4k projects)
Expected behavior: <!-- what did you expect? -->
Actual behavior: Grafana panel "Repository clone queue size" (gitserver) went from ~0 to 4,000 and is slowly going down. Everything else seems to work.
Additional context: just checking this is expected for a big initial clone and not something to worry about. No rush.""",
priority="se/p3", form="template", tags=[], org_tags=["self_hosted"]),

dict(subject="CVS support?",
description="""hello, our old product code is still on CVS server (yes i know...). Is possible to search it with sourcegraph or we need first convert to git? we just want to know before we plan migration, no hurry. Danke!""",
priority="se/p3", form="non-native", tags=[], org_tags=["enterprise"]),

dict(subject="How to restrict repo visibility per team with GitHub",
description="""Hi! We're rolling out to more teams and want people to only see repos they can see on GitHub.com (we use GitHub teams). I found `authorization` in the code host config, but do we also need GitHub OAuth as the sign-in method for that to work, or can we keep our Google SSO? Just a how-to question.""",
priority="se/p3", form="plain", tags=[], org_tags=["cloud_customer"]),
]
