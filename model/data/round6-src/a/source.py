from common import t

TEAM = "source"
TICKETS = [
# --- GitHub
t("github graphql rate limit remaining alert + repos lagging",
"""Grafana repo-updater dashboard, panel "Remaining calls to GitHub graphql API before hitting the rate limit" is at 0 most of the day, and we get `warning_repo-updater_github_graphql_rate_limit_remaining`. Repos from github.com are now 4-6 hours behind. Our connection config:

```json
{
  "url": "https://github.com",
  "token": "REDACTED",
  "orgs": ["lindgren-labs", "lindgren-labs-archive"],
  "repositoryQuery": ["affiliated"]
}
```
Do we need a second token or a GitHub App to spread the load?""",
"se/p2", "config", [], ["self_hosted"]),

t("no repo updates since Friday - all GitHub repos stale",
"""Nothing from GitHub has updated since Friday evening: new commits and new repos don't appear, for all ~2,300 repos. Site admin > Code host connections shows a red "401 Bad credentials" on our GitHub connection. The person who created the token left the company on Friday. Teams are looking at 3-day-old code in every search and review; how do we swap the token without re-cloning everything?""",
"se/p1", "plain", [], ["self_hosted"]),

t("GitHub App vs token for code host connection",
"""Is connecting via a GitHub App instead of a PAT recommended now? What permissions does the app need for syncing + permissions syncing? Sketch of what we'd use:

```json
{
  "url": "https://github.mosaic.internal",
  "gitHubAppDetails": { "installationID": 4471, "appID": 12, "baseURL": "https://github.mosaic.internal" },
  "orgs": ["mosaic"]
}
```""",
"se/p3", "config", [], ["self_hosted"]),

# --- GitLab
t("GitLab subgroup repos missing",
"""Repos under `platform/payments/*` (a nested subgroup) never show up. Top-level group repos do. Config:

```json
{
  "url": "https://gitlab.verano.internal",
  "token": "REDACTED",
  "projectQuery": ["groups/platform/projects?include_subgroups=false&per_page=100"]
}
```
Searching for them gives no results, but I think that's because they were never cloned in the first place (they're not in Site admin > Repositories).""",
"se/p2", "config", [], ["self_hosted"]),

t("repo-updater: gitlab 401 after token rotation",
"""```
{"SeverityText":"ERROR","Resource":{"service.name":"repo-updater"},"Body":"syncer.sync","Attributes":{"externalService":"GitLab (gitlab.corrib.example)","error":"GET https://gitlab.corrib.example/api/v4/projects?membership=true&per_page=100: 401 Unauthorized"}}
{"SeverityText":"WARN","Resource":{"service.name":"gitserver"},"Body":"fetch failed","Attributes":{"repo":"gitlab.corrib.example/apps/checkout","err":"remote: HTTP Basic: Access denied"}}
```
Our security team rotated all GitLab tokens last night, I updated the token in the code host config this morning but the errors keep coming. Since then not a single one of our ~3,000 GitLab repos has updated, and GitLab is our only code host, so everyone is reading yesterday's code. Restarting repo-updater didn't help.""",
"se/p1", "logs", [], ["self_hosted"]),

t("renamed GitLab project shows up twice",
"""we renamed a GitLab project (apps/old-name -> apps/new-name), now Sourcegraph lists both. the old one 404s when I click. will it clean itself up eventually?""",
"se/p3", "plain", [], []),

# --- Bitbucket
t("Bitbucket Server: all clones failing - host key verification failed",
"""After our Bitbucket Server migration to a new host (same DNS name) every fetch/clone fails:

```
gitserver-0 | failed to fetch repo: git fetch: exit status 128
  Host key verification failed.
  fatal: Could not read from remote repository.
  repo=bitbucket.ondra.internal/PRJ/billing-service
```
That's for all ~1,800 repos on that connection; nothing has updated since Thursday. We use gitURLType ssh. Where do we put the new known_hosts entry on a helm install?""",
"se/p1", "logs", [], ["self_hosted"]),

t("Bitbucket Cloud workspace: repo list empty",
"""Sourcegraph version: <!-- whatever Cloud runs -->
Platform information: Sourcegraph Cloud (trial)

Steps to reproduce:
1. Add Bitbucket Cloud code host connection, workspace `terravolt`, app password (Repositories: Read, Account: Read)
2. Save, wait an hour

Expected behavior: repos listed/cloned
Actual behavior: zero repositories, no error shown

Are other scopes needed? Our trial ends next Friday and we haven't been able to look at a single repo yet.""",
"se/p1", "template", ["trial"], ["managed_instance", "poc"]),

# --- Azure DevOps / Gerrit / Phabricator / other
t("Azure DevOps connection during POC: 401 on all orgs",
"""**Sourcegraph version:** 5.3.x (trial instance)
**Platform information:** docker compose on an Azure VM

**Steps to reproduce:**
1. Add Azure DevOps code host with `orgs: ["contoso-eng"]`, username + PAT (Code: Read)
2. Save

**Actual behavior:** "failed to list repositories: 401 Unauthorized" in the connection status. Curl with the same PAT against dev.azure.com works.

**Expected behavior:** repos listed and cloned

<!-- any other context -->
POC review with leadership in 8 days, no repos = no POC.""",
"se/p1", "template", ["poc"], ["poc", "prospect"]),

t("Gerrit projects: clone fails with 401",
"""> On Wed, Support wrote:
> > Could you share the exact error from gitserver?

Sure, here it is. The Gerrit connection (gerrit.sirocco.internal, HTTP password generated in the Gerrit user settings page) lists all 640 projects, but cloning fails for every single one:

    fatal: Authentication failed for 'https://gerrit.sirocco.internal/a/platform/build-tools/'

Does Sourcegraph add the /a/ prefix itself? git clone with the same credentials works from my laptop. Gerrit is our only code host, so at the moment the instance has no code at all and the rollout to 200 engineers is on hold.

Mit freundlichen Grüßen / Best regards
Stefan Kuhn
Sirocco Automotive Systems GmbH
Diese E-Mail enthält vertrauliche Informationen.""",
"se/p1", "email-thread", [], ["on_prem"]),

t("Phabricator repos not updating",
"""We mirror some Diffusion repos from Phabricator into Sourcegraph via the Phabricator code host config + git URL. Since the Phab upgrade those repos stopped updating (last fetched 9 days ago). The Phabricator *browser integration* is fine, this is just the repos being stale in Sourcegraph. Logs:

```
repo-updater | phabricator: conduit error ERR-CONDUIT-CORE: API token is invalid or expired
```""",
"se/p2", "logs", [], ["on_prem"]),

# --- Perforce / CVS / src-expose
t("Perforce depots stopped syncing, p4-fusion errors",
"""Sourcegraph version: 5.2.6
Platform information: kubernetes, helm

Steps to reproduce: none, started on its own on Tuesday

Actual behavior: most of our Perforce depots (//depot/game/..., //depot/engine/...) show "last updated 3 days ago". gitserver logs:

```
p4-fusion: Perforce client error: TCP receive failed. read: socket: Connection reset by peer
error fetching //depot/engine/: exit status 1
```
Expected behavior: changelists appear within the hour

~400 game developers use Sourcegraph to search the engine code; they're all looking at stale code. p4 sync from a workstation works.""",
"se/p1", "template", [], ["self_hosted", "enterprise"]),

t("SECURITY: Perforce protects not respected",
"""We enabled `authorization` on our Perforce connection. A contractor who is excluded from //depot/secure/... in the p4 protects table can see and search files from that path in Sourcegraph. Confirmed by the contractor's lead. We've disabled the contractor accounts for now. This is a security incident for us, please escalate.

```json
"authorization": {},
"depots": ["//depot/main/", "//depot/secure/"],
"fusionClient": {"enabled": true}
```""",
"se/p0", "config", ["urgent", "security"], ["self_hosted", "enterprise"]),

t("how to see the perforce changelist number of a converted commit?",
"",
"se/p3", "one-liner", [], ["self_hosted"]),

t("CVS repos?",
"""We still have some legacy code in CVS (don't ask). Can Sourcegraph index CVS directly, or do we need to convert to git first? How often does it pick up changes?""",
"se/p3", "plain", [], ["on_prem"]),

t("src-expose serves repos but they're empty",
"""Running src-expose on a Windows file server to share ~200 directories. In Sourcegraph they appear, but each repo shows "This repository is empty" and search returns nothing for them.

```
> src-expose.exe -snapshot-dir D:\\sg-snapshots D:\\code\\tooling D:\\code\\scripts
2024/03/04 10:12:07 serving http on :3434
2024/03/04 10:12:08 snapshot tooling: git add: warning: LF will be replaced by CRLF
2024/03/04 10:12:08 snapshot tooling: git commit: Author identity unknown
```""",
"se/p2", "logs", [], ["self_hosted"]),

t("src serve-git for a few local repos?",
"",
"se/p3", "one-liner", [], []),

# --- cloning / gitserver
t("monorepo clone stuck 'cloning' for 20h",
"""Repo git.halberd.internal/core/monorepo (about 60 GB with history) has been "Cloning" for 20 hours in Site admin > Repositories. Other repos are fine. gitserver-2 log shows progress then `error: RPC failed; curl 18 transfer closed with outstanding read data remaining`. That's the monorepo ~90% of our developers work in, so for them Sourcegraph is useless until it's cloned. Can we increase a timeout or seed the clone manually?""",
"se/p1", "mixed", [], ["self_hosted"]),

t("repos not indexing",
"""Hi, the 140 repos of our new Data Platform group (added to the GitLab connection on Monday) are still not indexed. In Site admin > Repositories they say "Not yet cloned" and the clone queue count goes up and down but these never move. The team starts using Sourcegraph on Thursday for their migration and right now they can't open or search any of their code.""",
"se/p1", "plain", [], ["self_hosted"]),

t("gitserver disk_space_remaining critical",
"""critical: gitserver: less than 10% disk space remaining by instance

```
$ kubectl exec -n sourcegraph gitserver-1 -- df -h /data/repos
Filesystem      Size  Used Avail Use% Mounted on
/dev/nvme1n1    1.0T  937G   63G  94% /data/repos
```
gitserver-1 has started refusing new clones ("not enough free disk space") and repos assigned to it aren't updating. Other gitserver fine. Can we clean up something or how do we rebalance?""",
"se/p1", "logs", [], ["self_hosted"]),

t("repo_corrupted alert on two repos",
"""`warning gitserver repo corrupted` for 2 repos (git.aurel.internal/legacy/ui and git.aurel.internal/legacy/api). Both show an error page "repository is corrupt, scheduled for re-clone" when opened. How do we force a reclone now instead of waiting?""",
"se/p2", "mixed", [], ["self_hosted"]),

t("gitserver 99th percentile duration warning - blame/file views slow",
"""[13:20] pagerduty: warning_frontend_99th_percentile_gitserver_duration — frontend: 20s+ 99th percentile successful gitserver query duration over 5m
[13:21] kiri: yeah blame and opening big files are slow since this morning, search is ok
[13:22] kiri: gitserver pods cpu is not maxed tho, we are on helm 5.3
[13:24] raf: not infra? node metrics look fine
[13:25] kiri: creating a ticket""",
"se/p2", "chat-paste", [], ["self_hosted"]),

t("page_load_latency alert firing",
"""Alertmanager keeps sending `warning_frontend_page_load_latency` (90th percentile page load latency over all routes over 10m: 3s+). Users say repository pages and the file tree load slowly; the search results page itself is OK. Self-hosted docker-compose, resources look fine. Which component should we be looking at?""",
"se/p2", "mixed", [], ["self_hosted"]),

# --- permissions syncing
t("new team members can't see repos for hours",
"""[Mon 09:12] new-hire-ana: hi, I was added to the `checkout-team` GitHub team on Friday but Sourcegraph says "repository not found" for checkout-web
[Mon 09:13] new-hire-ana: GitHub shows it fine
[Mon 09:20] admin-jo: yeah it's always 3-8 hours after a team change, permissions syncing is on with `"authorization": {}` on the GitHub connection
[Mon 09:21] admin-jo: I clicked "Schedule permissions sync" on your user page, try in 5 min
[Mon 09:27] new-hire-ana: works now, thx!
[Mon 09:28] admin-jo: @support can this be faster? onboarding days are painful""",
"se/p2", "chat-paste", [], ["self_hosted"]),

t("perms_syncer_sync_errors",
"""warning worker: 1+ permissions sync errors

Getting this permanently since we connected a second GitLab instance. Worker log: `perms_syncer: fetching user perms: GET .../api/v4/projects?min_access_level=20: 403 Forbidden` for users whose external account is on gitlab-2.""",
"se/p2", "logs", [], ["self_hosted"]),

t("removed user still sees private repo",
"""We removed an employee from the GitLab group `finance-tools` yesterday (he moved to a different company division, a partner firm). Today he can still open and search the private repos of that group in Sourcegraph. We need to understand why immediately – the code contains pricing algorithms under NDA. Permissions syncing is enabled on the GitLab connection. Please treat as security issue.""",
"se/p0", "plain", ["security"], ["enterprise"]),

# --- SSO / SAML / OIDC / SCIM / auth
t("SAML login broken for everyone after IdP cert rotation",
"""Nobody can log in since 06:00. Our ADFS token-signing certificate was rotated automatically overnight. Sourcegraph shows "SAML login failed" and the frontend log:

```
{"SeverityText":"ERROR","Body":"SAML auth failed","Attributes":{"err":"validating SAML response: Signature could not be verified: x509: certificate signed by unknown authority","providerID":"adfs"}}
```
We updated the IdP metadata URL is the same, so I thought it would pick up the new cert. Only site-admin with builtin password works. 1,100 users locked out.""",
"se/p0", "logs", ["urgent"], ["self_hosted", "enterprise"]),

t("Azure AD SAML: restrict to a group",
"""Can we restrict Sourcegraph sign-in to members of one Azure AD group with the SAML provider, something like `allowGroups`? What claim name should we map? Just a config question.""",
"se/p3", "plain", [], ["self_hosted"]),

t("OIDC login: 'state mismatch' for some users",
"""Since we put Sourcegraph behind a second load balancer, ~15% of logins via Okta OIDC fail with "invalid OpenID Connect state" and the user is sent back to the sign-in page; a second try usually works.

```json
"auth.providers": [
  {
    "type": "openidconnect",
    "issuer": "https://login.quarry.okta.example",
    "clientID": "0oa1xyz",
    "clientSecret": "REDACTED",
    "requireEmailDomain": "quarry.example"
  }
]
```""",
"se/p2", "config", [], ["self_hosted"]),

t("SCIM deprovisioning doesn't remove users - terminated employee still had access",
"""-------- Forwarded Message --------
From: Security Operations
Subject: Access review finding SR-2291

> During the monthly access review we found that a contractor terminated on the 3rd
> browsed source code in Sourcegraph on the 5th and 6th.

Hi Sourcegraph support,

Forwarding the finding above. We set up SCIM from Okta. Provisioning works, new hires appear. But when we unassign or deactivate someone in Okta they stay active in Sourcegraph: still listed under Users and still able to use their existing session. Okta shows the PATCH `active=false` as successful (200). Our security team considers this an open security incident until we know every deprovisioned account is really locked out.

Regards,
Maren Fiske | IAM Engineering | Nordkyst Energi ASA
This e-mail may contain confidential information.""",
"se/p0", "email-thread", ["security"], ["enterprise"]),

t("http-header auth proxy: usernames created as emails",
"""We use oauth2-proxy in front of Sourcegraph with:

```json
"auth.providers": [
  { "type": "http-header", "usernameHeader": "X-Forwarded-User", "emailHeader": "X-Forwarded-Email" }
]
```
New accounts get created with username `jane.doe-example.com` instead of `jdoe`. oauth2-proxy sends X-Forwarded-User as the email apparently. Can we strip the domain on the Sourcegraph side?""",
"se/p2", "config", [], ["on_prem"]),

t("Login mit GitHub: Externe Mitarbeiter werden abgewiesen",
"""Hallo, wir nutzen GitHub OAuth als Login mit `allowOrgs: ["mergel-ag"]`. Externe Mitarbeiter (outside collaborators) bekommen "user is not a member of an allowed organization" — they are not org members, only collaborators on some repos. Gibt es eine Option, sie trotzdem reinzulassen? Rund 25 Personen betroffen, sie benutzen im Moment einen Builtin-Account als Workaround.""",
"se/p2", "non-native", [], ["self_hosted"]),

# --- license enforcement bugs
t("'user limit exceeded' although we have free seats",
"""Since this morning new employees signing in via SSO get "The user limit for this instance has been reached. Contact your site admin." Our license is for 500 users and Site admin > Users shows 382 (we pruned inactive ones last month). Existing users are fine. We have an onboarding cohort of 40 starting today who can't get in. This looks like the count is wrong, not like we need more seats.""",
"se/p1", "plain", [], ["self_hosted", "enterprise"]),

t("deleted users still counted against license",
"""**Sourcegraph version:** 5.2.3
**Platform information:** helm

**Steps to reproduce:**
1. Delete 60 users (left company) via Site admin > Users > Delete
2. Check Site admin > License

**Expected behavior:** license usage drops by 60
**Actual behavior:** still shows 498 / 500 and the "approaching user limit" banner stays for everyone

<!-- Did you hard-delete or soft-delete? --> hard delete

Not blocking yet but we'll hit the cap with the next hires.""",
"se/p2", "template", [], ["self_hosted"]),

t("new valid license key applied, site still locked 'license expired'",
"""We received the renewed key from our account rep yesterday (Site admin > License shows it: valid until 2026-01-31, 1,000 users). But every non-admin user still gets the full-page "Your Sourcegraph license has expired" block. Restarted frontend pods twice. Nobody except site admins can use Sourcegraph. The key itself looks right — the product is just still enforcing the old one.""",
"se/p0", "plain", ["urgent"], ["self_hosted", "enterprise"]),

# --- managed instance code host
t("our instance can't clone from GHE after token change",
"""```
Site admin > Code host connections > GitHub Enterprise
  status: ⚠ Error syncing: GET https://ghe.brisa.example/api/v3/user/repos: 401 Bad credentials
```
We rotated the GHE token this morning and pasted the new one. New repos since then aren't cloned and existing ones are not updating, for the whole GHE connection (~900 repos). The token works against the API with curl from our network. Maybe the instance caches the old one?""",
"se/p1", "mixed", [], ["managed_instance"]),
]
