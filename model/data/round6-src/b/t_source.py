from common import make

T = make("source")

TICKETS = [
T(1, "contractors can see private repos they shouldn't", r"""
URGENT / security.

Yesterday we moved 40 repos from the `acme-core` GitHub org to `acme-restricted` and removed the contractors team from it. In Sourcegraph, contractor accounts can STILL open and search those repos this morning (verified with two accounts, screenshots: https://files.acme-corp.example/s/9f2c1). On github.com they get 404.

Site admin > user > permissions shows "Last synced: 3 days ago" for both users. Repo permissions page for acme-restricted/payments-ledger lists 212 users, should be ~30.

We've disabled the contractor accounts manually for now but we have 300 of them. Need the permissions sync fixed and a list of who accessed what.
""", "se/p0", "mixed", ["security", "urgent"], ["self_hosted", "enterprise"]),

T(2, "SAML login broken for everyone after IdP cert rotation", r"""
Our IdP (Okta) rotated its signing certificate at 06:00. Since then nobody can sign in to Sourcegraph. Existing sessions expired at 09:00 so now the entire company is locked out.

frontend log:
{"SeverityText":"WARN","Body":"SAML auth failed","Attributes":{"error":"xmlsec: signature verification failed: no matching certificate","provider":"okta-saml"}}

We updated identityProviderMetadataURL — it's a URL so it should pick up the new cert automatically? Restarted frontend, no change. Only the builtin admin account works.
""", "se/p0", "logs", ["urgent"], ["self_hosted"]),

T(3, "search returns nothing", r"""
Search returns nothing because... there's nothing there. After one of our admins edited the GitLab code host connection (changed `projectQuery` from `?membership=true` to a group filter) about an hour ago, the repo count went from 4,812 to 37 and gitserver logs show it deleting repos from disk:

gitserver-1 | {"Body":"removing repo not in code host config","Attributes":{"repo":"gitlab.tern.internal/infra/terraform-live"}}
gitserver-1 | {"Body":"removing repo not in code host config","Attributes":{"repo":"gitlab.tern.internal/payments/api"}}
... (thousands of these)

We reverted the config but it's now recloning everything and nobody has any code to search. 4.8k repos, some are several GB. Is there any way to stop the deletion / speed up recovery?
""", "se/p0", "logs", [], ["self_hosted"]),

T(4, "no repo updates from gitlab for 2 days", r"""
**Sourcegraph version:** 5.3.3
**Platform information:** k8s, helm
**Steps to reproduce:** push to any repo on gitlab.oakridge.internal, wait
**Expected behavior:** new commit shows up within minutes
**Actual behavior:** nothing updated since Tuesday 16:00 for any of our ~2,000 GitLab repos. Repo settings page says "Last fetched 2 days ago", "Update now" button queues but never completes.

repo-updater:
`sync error: external service 3: GET https://gitlab.oakridge.internal/api/v4/projects?page=41: context deadline exceeded`

Developers are reviewing MRs on stale code, nobody trusts the results.
""", "se/p1", "template", [], ["self_hosted"]),

T(5, "Fwd: Sourcegraph rollout for Game Studios - status + blockers", r"""
Hi Sourcegraph support,

Forwarding our internal rollout thread, the part relevant to you is in Ana's message in the middle. Short version: our Perforce depots won't clone and the game teams can't start using Sourcegraph until they do.

Thanks,
Will Archer
Developer Tools Lead, Northlight Interactive

---------- Forwarded message ---------
From: Will Archer
To: studio-leads@northlight.example
Subject: Sourcegraph rollout for Game Studios - status + blockers

Hi all,

Quick status on the rollout:
- Web/backend teams (GitHub): live since last month, ~350 weekly users, feedback good.
- Tools team (GitLab): live.
- Game Studios (Perforce): blocked, see Ana's note below.
Training sessions for the studios are booked for the 12th and 13th; if we can't fix this by then we'll have to cancel them.

> From: Ana Lindqvist
> To: Will Archer
> Subject: RE: Perforce in Sourcegraph
>
> Will, I added the Perforce code host connection (p4 server 2023.2, ssl:p4.northlight.internal:1666, service user with read on //depot/...).
> Small depots (tools, build scripts) clone fine. About 80% of the depots fail, always with:
>
>   error cloning repo: p4-fusion: Failed to connect to Perforce: TCP receive failed.
>   read: socket: Connection reset by peer
>
> Our P4 admin (Raj) sees the connections come in and get dropped after the server's max-lock-time limit for the service user group. He can raise it, but he wants to know what Sourcegraph actually needs (number of parallel connections, how long a full clone holds locks) before changing anything on the production server.
> Also: is there a way to make Sourcegraph fetch depots in smaller chunks?
>
> Ana
>
>> From: Will Archer
>> Subject: Perforce in Sourcegraph
>>
>> Ana, can you hook up Perforce this week so the studios can start?

Regards,
Will

Northlight Interactive AB — this email and any attachments may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.
""", "se/p1", "email-thread", [], ["self_hosted"]),

T(6, "[Sourcegraph] critical: repo-updater max sync backoff", r"""
FROM: grafana@sg.mako.internal
TO: dev-infra-oncall@mako.internal

[Alerting] critical_repo-updater_src_repoupdater_max_sync_backoff
Message: repo-updater: 900s+ time since oldest sync
Metric: src_repoupdater_max_sync_backoff = 14400

Dashboard: https://sg.mako.internal/-/debug/grafana/d/repo-updater

----
on-call (forwarding): this has been red for 4 hours. no repo of ours has picked up a new commit since. everyone searching is on stale code.
""", "se/p1", "logs", [], ["self_hosted"]),

T(7, "new hires blocked: 'user limit reached' with 180 seats free", r"""
Our license is for 500 users. Site admin shows 320 users. Since the 5.4 upgrade, every new SSO sign-in fails with:

  "Sign-up is not allowed: your Sourcegraph license user limit has been reached."

Existing users are fine. We have 150 new engineers starting onboarding on Monday and Sourcegraph is part of day-1 setup. Not a renewal question — the count is clearly wrong somewhere in the product.
""", "se/p1", "plain", [], ["enterprise", "self_hosted"]),

T(8, "Bitbucket token rotated, some repos still failing", r"""
we rotated the Bitbucket Server HTTP access token (old one expired) and put the new one in the code host config. ~90% of repos updated fine afterwards but about 60 repos in the `LEGACY` project still fail with "authentication failed". token has project read on LEGACY. we can browse those repos on sourcegraph but they're stuck at last week's commit
""", "se/p2", "plain", [], ["on_prem"]),

T(9, "github rest rate limit remaining warning", r"""
warning repo-updater: less than 250 remaining calls to GitHub rest API before hitting the rate limit

fires most afternoons for ~1h. repo syncs get slow during it but catch up. one GitHub App connection, ~6k repos, github.com (not GHE). should we split into two apps?
""", "se/p2", "logs", [], []),

T(10, "I can't see my team's repo", r"""
Hello, I'm on the mobile payments team. My colleague Jun can find and open our repo `mobile-pay-ios` in Sourcegraph but for me it just says "Repository not found". I have access on GitHub (I push to it every day). Is there something I need to request? Thanks
""", "se/p2", "plain", [], ["enterprise"]),

T(11, "re: case 4692 - still happening after the upgrade", r"""
re: case 4692 — you said the disk alerts on gitserver would go away with 5.3 because of the new janitor settings. We upgraded Saturday. Still firing:

  warning gitserver: less than 25% disk space remaining by instance
  gitserver-2  21.4%
  gitserver-0  38.0%

gitserver-2 is the one with the big monorepos. Nothing broken yet, but it's trending down ~1%/day. Do we need to rebalance or just add disk?
""", "se/p2", "email-thread", [], ["self_hosted"]),

T(12, "Feature request: SCIM group push", r"""
We provision users via SCIM from Okta today (works). Request: also accept SCIM **groups** and let us map them to repo permissions or org membership, so we don't have to rely on code-host permission syncing for the few repos on a host that doesn't support it.
""", "se/p2", "markdown", ["feature_request"], ["enterprise"]),

T(13, "OIDC with Entra ID: groups not coming through", r"""
auth provider block:

{
  "type": "openidconnect",
  "displayName": "Company SSO",
  "issuer": "https://login.microsoftonline.example/3f1c.../v2.0",
  "clientID": "b7d0...",
  "clientSecret": "REDACTED",
  "requireEmailDomain": "kiln.example",
  "allowGroupsPermissionsSync": true
}

Login works. But group membership never shows up for permissions — the user's external account data has no "groups" claim. In Entra the app registration has "groups" optional claim on the ID token. Some users have 200+ groups, could that be the overage thing? Login is fine for everyone meanwhile.
""", "se/p2", "config", [], ["self_hosted"]),

T(14, "Azure DevOps repos with spaces won't clone", r"""
Sourcegraph version: 5.2.6
Platform: docker-compose

Azure DevOps repos whose names contain spaces (e.g. `Team Tools/Build Scripts`) show "clone failed: exit status 128: fatal: unable to access 'https://dev.azure.example/org/Team%2520Tools/...': The requested URL returned error: 400". Looks double-encoded. About 30 of 700 repos affected, rest fine.
""", "se/p2", "template", [], []),

T(15, "exclude archived repos", r"""
how do I tell the GitHub connection to skip archived repositories? no rush
""", "se/p3", "one-liner", [], []),

T(16, "serving local git dirs", r"""
Hei! We have some git repos that only live on a build server (not in any code host). I read about `src serve-git`. Is that the correct way for production, or only for testing? And it must run on the same machine where the repos are? Takk.
""", "se/p3", "non-native", [], ["self_hosted"]),

T(17, "CVS support?", r"""
we still have an ancient CVS repo — can sourcegraph index it at all? evaluating you vs. keeping our old grep tooling
""", "se/p2", "one-liner", [], ["prospect"]),

T(18, "Web form: can't sign up", r"""
=== Sourcegraph help widget ===
Page: https://sourcegraph.frost-eng.example/sign-up
Name: Lukas P.
Message: I click "Sign up" and it says "Signup is not allowed". My manager said I should just be able to create an account with my company email. I'm new.
User agent: Chrome 125 / Windows
===

(admin comment from Frost: we use builtin auth, allowSignup is false on purpose I think? how should new people get accounts without me creating each one?)
""", "se/p2", "template", [], ["self_hosted"]),

T(19, "gerrit 403s since their upgrade", r"""
[11:02] amir: sourcegraph stopped syncing gerrit repos entirely after the gerrit team upgraded to 3.9 yesterday
[11:02] amir: repo-updater: `gerrit: GET /a/projects/?d: 403 Forbidden`
[11:03] jo: same user+http password as before?
[11:03] amir: yes. curl with those creds to /a/projects/ works from my laptop
[11:04] amir: all ~1,500 projects stuck. everyone on gerrit teams is searching yesterday's code
[11:05] jo: open a P1 with sourcegraph, link this
""", "se/p1", "chat-paste", [], ["self_hosted"]),

T(20, "what happens to repos removed from config", r"""
If we remove a GitHub org from the code host connection, does Sourcegraph delete the clones from gitserver disk right away or after some time? Trying to understand how much disk we'll get back.
""", "se/p3", "plain", [], ["self_hosted"]),
]
