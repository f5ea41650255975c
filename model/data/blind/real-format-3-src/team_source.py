from common import T

TEAM = "source"

TICKETS = [
T("GHE repos not updating since this morning", "p1", "log_paste", r"""
None of our GitHub Enterprise repos has picked up new commits since ~06:00. New repos in the org also
don't appear. repo-updater is full of this:

t=2025-12-01T06:02:41Z lvl=eror msg="syncer.sync.sourced" service=GITHUB id=3 err="GitHub API error: 403 API rate limit of 5000 still exceeded until 2025-12-01 07:01:33 UTC, not making remote request."
t=2025-12-01T07:01:40Z lvl=warn msg="github.RateLimit" resource=core remaining=0 reset=2025-12-01T08:01:12Z
t=2025-12-01T07:01:41Z lvl=eror msg="syncer.sync.sourced" service=GITHUB id=3 err="GitHub API error: 403 API rate limit of 5000 still exceeded ..."

The token is a personal token of our bot user `svc-sourcegraph`. We have ~7,500 repos. Another team
started using the same bot token for their CI on Friday, could that be it? What's the right fix —
separate token, GitHub App? People are already asking why search shows last week's code.

Sourcegraph 5.6.2140, GHE Server 3.13 at ghe.mariposa.example
"""),

T("Nobody can log in — SAML error after cert rotation", "p0", "email_thread", r"""
URGENT

Hi,

Since 07:30 nobody can log in to Sourcegraph. Everyone gets:

  "Could not authenticate: SAML response signature verification failed"

Our identity team rotated the Okta signing certificate this morning. We updated the IdP metadata URL
in site config? — actually no, we use the metadata XML pasted inline. I'm the only admin with a builtin
password account and I can get in; the other 1,400 users can't.

Please call me: this is our production instance and the whole engineering org is blocked.

Helga Rasmussen
IT Platform Lead, Nordlys Shipping
(direct line in our Zendesk profile)

> From: Okta team (internal)
> FYI we rotated the app signing cert for all SAML apps per the annual schedule. Please update SPs.
"""),

T("Perforce depot stuck cloning", "p2", "web_form", r"""
**Name:** Garrett Nwosu
**Company:** Ember Forge Studios
**Sourcegraph version:** 5.5.2463
**Deployment type:** Kubernetes
**Describe the problem:** We added our Perforce server (perforce.emberforge.internal:1666) with 3 depots. Two are cloned. The biggest one (//depot/GameMain, ~900GB, 2M changelists) has said "cloning" for 4 days. No progress indicator.
**Steps to reproduce:** add depot in code host config
**Expected:** cloned within a day or two?
**Actual:** still cloning
**Screenshots / logs:** gitserver log: "p4-fusion: processed 312000/2000000 changelists" last seen yesterday, then nothing
**How many users are affected:** all game devs want this depot
**Business impact:**
"""),

T("Contractors can see restricted repos", "p0", "email_thread", r"""
Hi Support,

We have a security incident. Our external contractors (group `ext-contractors` in GitLab) can find and
open code from the `finance-core` GitLab group in Sourcegraph. In GitLab they have no access to that group.
We confirmed with two contractor accounts this morning. One of them reported it to us himself.

Permissions were correct until at least last week. On Friday we changed our GitLab connection from a
personal access token to a group access token. We have disabled the contractor accounts for now.

We need to know (1) how to make Sourcegraph enforce the GitLab permissions again and (2) whether there
is an audit log of which users viewed which repos since Friday.

Sourcegraph 5.6.185, self-hosted.

--
Ruth Abernethy
CISO Office, Kelderhaus Financial
"""),

T("[critical] gitserver repo_corrupted / disk_space_remaining", "p1", "alert_payload", r"""
ALERT GROUP (2 alerts) — sourcegraph-prod — received via webhook
---------------------------------------------------------------
1) alertname=disk_space_remaining service=gitserver level=critical
   instance=gitserver-2:3178  value=4.1% remaining  since=2025-12-01T03:10Z
   summary: gitserver: less than 10% disk space remaining by instance
2) alertname=repo_corrupted service=gitserver level=critical
   instance=gitserver-2:3178  value=17  since=2025-12-01T03:25Z
   summary: gitserver: 1+ corrupted repositories
---------------------------------------------------------------
Customer (Ashgrove Telecom) comment: gitserver-2 disk filled overnight, probably from a repo that
someone pushed 40GB of binaries to. Now some repos on that shard show "repository corrupted" in the
UI. Other two gitserver shards fine.
"""),

T("perms_syncer_outdated_perms warning", "p2", "alert_payload", r"""
Title: [Sourcegraph][warning] perms_syncer_outdated_perms (worker)
Body:
  worker: 100+ entities with outdated permissions
  current: 2,417
  for: 6h
  instance: sourcegraph-worker-7c9d5b-x2kq
Sent by: Tesselate Alert Relay on behalf of Brookmoor University IT

Note from Brookmoor: no complaints from users yet. We connected Bitbucket Server with permissions
enforcement two weeks ago. Is 2,400 outdated normal for the first weeks?
"""),

T("new GitLab projects don't show up", "p2", "one_liner", r"""
Projects created in our GitLab group after Nov 20 never appear in Sourcegraph, older ones still update fine.
"""),

T("Bitbucket Server : les dépôts ne se synchronisent plus", "p2", "non_english", r"""
Bonjour,

Depuis vendredi, les dépôts de notre Bitbucket Server (bitbucket.valmont.example) ne se mettent plus
à jour dans Sourcegraph. La page "Code host connections" affiche pour la connexion Bitbucket :

  "Error syncing: 401 Unauthorized"

Le token HTTP a peut-être expiré (ils expirent après 90 jours chez nous), mais je ne suis pas l'admin
du compte de service. Est-ce qu'il suffit de remplacer le token dans la configuration de la connexion,
ou faut-il aussi relancer quelque chose (re-clone) ? La recherche fonctionne mais sur du code de jeudi.

Version 5.5.2463, docker-compose.

Merci d'avance,
Camille Duret
Équipe outillage, Valmont Assurances
"""),

T("Search missing results for payments repo", "p2", "misleading_subject", r"""
Hi,

Search doesn't find anything in `bitbucket.selkie.example/PAY/payments-legacy`. At first I thought search
was broken, but when I go to the repo page it says:

  "Repository clone failed: error cloning repo: exit status 128 — fatal: the remote end hung up
   unexpectedly; error: RPC failed; curl 18 transfer closed with outstanding read data remaining"

It's a 14 GB repo with lots of old binaries in history. Other repos are fine. Is there a timeout we can
raise for cloning large repos?

Thanks — Peadar Quinlivan, Selkie Card Services (5.6.2140)
"""),

T("gitserver disk 95% — add a shard?", "p2", "chat_paste", r"""
Yusuf (Infra) — 11:04
  our 3 gitserver pods are at 95/91/88% disk. 2TB each.
  what's the safest way to add a 4th? will it reshuffle all repos and reclone everything?
Yusuf (Infra) — 11:05
  we have ~18k repos. full reclone would hammer our bitbucket for a day
Support — 11:09
  Thanks Yusuf, which version and deployment method?
Yusuf (Infra) — 11:10
  5.6.185, helm. we'd like to do it this week before it hits 100
""", note="Scaling gitserver could be Release (resources) but resharding/recloning is Source's domain; routed to source."),

T("Azure AD (OIDC) new users: 'account not found'", "p2", "web_form", r"""
**Name:** Sibusiso Khumalo
**Company:** Kagiso Mining Tech
**Sourcegraph version:** 5.6.2140
**Deployment type:** Kubernetes
**Describe the problem:** Existing users log in fine via Microsoft Entra ID (OpenID Connect). Anyone who never logged in before gets "account not found, contact your site admin" after the Microsoft login page.
**Steps to reproduce:** new employee logs in
**Expected:** account created automatically
**Actual:** error
**Screenshots / logs:** frontend: `openidconnect: no user found with verified email and signup not allowed`
**How many users are affected:** ~15 new starters this week
**Business impact:** new starters onboard on Mondays
"""),

T("Users blocked: 'license user limit reached' but we removed people", "p1", "email_thread", r"""
Hi,

New people can't sign in since Friday — they see "Your Sourcegraph license allows 500 users. Contact
your site admin." We have a 500-seat license. On Thursday we deleted ~80 accounts of people who left
(site admin → users → delete), so we should be around 430. The site-admin page still says 512 users.

Is the count cached? Do soft-deleted users still count? We don't want to buy seats for people who left.

Nine new hires are blocked right now.

Thanks,
Ferdinand Oakes
Engineering Operations, Pallas Robotics

> On Fri, Ferdinand wrote: also tried restarting frontend, no change.
""", note="License enforcement behaving unexpectedly is a Source call per the handbook's code-host section (not a renewal/key question for sales-ce)."),

T("clone of big repo fail with timeout", "p2", "non_native_english", r"""
Hello,

we have one repository in GitLab which is very big (25 GB, many history). Sourcegraph try to clone it
every hour but always fail after exactly 1 hour with "context deadline exceeded". Other repository are
OK.

Is there possibility to make the timeout longer for only this repository? Or we can make shallow clone?
Our team need this repo in search, it is the main firmware.

Thank you
Marek Dvořák
Infrastructure, Brnoflex Electronics
"""),

T("Gerrit connection not syncing + typo on login page", "p2", "mixed_problems", r"""
Hi,

Main thing: we added a Gerrit code host connection (gerrit.tarnwell.internal) yesterday, with HTTP
password for our service user. The connection page shows "synced 0 repositories" although the account
can see 640 projects in Gerrit. No errors shown. We tried with `projects: [...]` listing two projects
explicitly: still 0.

Tiny thing while I'm here: the login page says "Sign in with you SAML provider" (missing "r").

5.6.185
Edda Lindgren, Tarnwell Research
"""),

T("Permission sync takes 18 hours for 3k users", "p2", "markdown_report", r"""
# Slow GitHub permission syncing

## Setup
- GitHub Enterprise Server 3.12, ~9,000 private repos, ~3,100 Sourcegraph users
- `authorization` enabled on the GitHub connection, GitHub OAuth for login
- Sourcegraph 5.5.2463

## Problem
When someone joins a GitHub team they can't see the team's repos in Sourcegraph for up to 18 hours.
Site-admin → permissions page shows users' "last synced" ranging from 2h to 19h ago.

## Questions
1. Is there a way to prioritise a user's sync right after login?
2. Would webhooks from GHE help (we don't have any configured)?
3. What rate-limit settings are recommended for this size?

Not urgent per se but onboarding friction is our #1 complaint.
"""),

T("FW: GitLab -> GitHub migration, avoid duplicate repos", "p3", "forwarded_note", r"""
From: Dariusz (CSM)
Internal note for support

Wexford Dynamics is moving all repos from self-managed GitLab to GitHub Enterprise Cloud over Q1,
team by team. They're worried Sourcegraph will show both copies of each repo while the migration runs,
and that saved searches / batch changes referring to the gitlab names will break.

They want guidance on how to configure the two connections during the transition. Low urgency,
first batch moves mid-January.
"""),

T("auth proxy creates duplicate accounts", "p2", "email_thread", r"""
Hello,

We use the HTTP header auth (our reverse proxy sets `X-Forwarded-User`). Recently we noticed duplicate
accounts: "jsmith" and "JSmith", each with their own settings and saved searches. It seems our proxy
started forwarding the username with the original capitalisation after an update.

Can we make Sourcegraph treat them as the same user, and how do we merge the ~120 duplicates?

Best regards,
Ines Carvalho
Identity Services, Lusomar Group
"""),

T("repo-updater: x509 unknown authority for GitLab", "p2", "log_paste", r"""
After our internal CA was renewed, syncing with our self-hosted GitLab fails:

repo-updater | t=2025-11-29T10:14:22Z lvl=eror msg="syncer.sync.sourced" service=GITLAB id=2 err="Get \"https://gitlab.corvid.internal/api/v4/projects?per_page=100\": x509: certificate signed by unknown authority"
gitserver    | t=2025-11-29T10:15:03Z lvl=eror msg="clone failed" repo=gitlab.corvid.internal/ops/terraform-modules err="fatal: unable to access 'https://gitlab.corvid.internal/ops/terraform-modules.git/': SSL certificate problem: unable to get local issuer certificate"

We added the new CA to the host OS already. Where does Sourcegraph read the trusted certs from
(docker-compose)? Search still works on old data.

Neil Fairbanks, Corvid Systems (5.4.7765)
"""),

T("src serve-git nested folders", "p3", "one_liner", r"""
Does src serve-git pick up repos in nested subdirectories, or only one level deep? We have /srv/git/team/*/repo.git.
"""),

T("Sourcegraph license issue??", "p2", "misleading_subject", r"""
Hi, is our license broken? Since this morning the admin page for the GitHub connection shows a red
banner "Bad credentials" and no repos are being updated. We renewed our Sourcegraph subscription last
week so I assumed it's related.

Our GitHub admin says he "cleaned up old GitHub Apps" on Friday, not sure if ours was one of them.

Mei-Ling Harcourt, Tallowbrook Foods (5.6.2140)
""", note="Subject says license, body is a revoked GitHub App credential: code host connection → source."),
]
