from common import T

TEAM = "source"
QS, PEM, HAL, TS, BM, FH, EAST, CDSA, ARV = ("Quillstone Software", "Pemberton Systems", "Halvard Games",
    "Tessellate Labs", "Brightmarsh Interactive", "Fernhollow Software", "University of Eastmoor",
    "Commonwealth Digital Services Agency", "Arvenian Statistics Office")

TICKETS = [
T("S01", TEAM, HAL, "se/p2", "logs",
  "Perforce depots stale in SG - p4 ticket expired",
  """
The //frostline/main and //tools/... depots in the code browser haven't updated since Thursday. Latest CL on p4 is 2291877, SG shows 2288410.

gitserver log (sg-prod, pod gitserver-1):

{"SeverityText":"ERROR","Body":"failed to update","Attributes":{"repo":"perforce/frostline/main","error":"p4 changes: exit status 1: Perforce password (P4PASSWD) invalid or unset.\n"}}
{"SeverityText":"ERROR","Body":"failed to update","Attributes":{"repo":"perforce/tools/pipeline","error":"... Your session has expired, please login again."}}

The code host connection uses the service user svc-sourcegraph with a password (not a ticket) in the config:

{
  "p4.port": "ssl:p4.halvard.internal:1666",
  "p4.user": "svc-sourcegraph",
  "p4.passwd": "REDACTED",
  "depots": ["//frostline/main/", "//tools/", "//embertide/main/"]
}

Our p4 admins put svc-sourcegraph into a group with Timeout 43200 (12h) two weeks ago as part of a security sweep. I assume gitserver logs in once and keeps the ticket? Does it not re-login when the ticket expires?

Mikael Strand
""", tags=["perforce", "sync", "credentials", "gitserver"]),

T("S02", TEAM, HAL, "se/p2", "mixed",
  "embertide depot not updating (perforce login again?)",
  """
Hi - //embertide/main/ has been stuck for 2 days in the code browser. Looks like the same p4 login thing Mikael had in October, but our p4 admins swear svc-sourcegraph is back to the unlimited timeout group.

What I checked:
- `p4 -u svc-sourcegraph login -s` from a gitserver pod -> "ticket expires in 0 hours 0 minutes"  (?!)
- other depots (//frostline/main) ARE updating
- Site admin > Repositories > perforce/embertide/main: "last fetched 2 days ago", error "p4 fusion: exit status 1: login required"

Differences between depots: embertide is on the new edge server p4-edge-lis.halvard.internal (Lisbon outsourcing partner is on it). Could the ticket be per-server?

Jun
""", tags=["perforce", "sync", "credentials", "edge-server"], recurs="S01"),

T("S03", TEAM, PEM, "se/p2", "logs",
  "github_graphql_rate_limit_remaining alert firing for ghe.pemberton.internal",
  """
[FIRING:1] github_graphql_rate_limit_remaining (repo-updater warning)
 - alertname = github_graphql_rate_limit_remaining
 - service_name = repo-updater
 - name = ghe.pemberton.internal
 - description = repo-updater: less than 250 remaining calls to GitHub graphql API before hitting the rate limit

Fires most weekdays 13:00-15:00 UTC, resolves itself. We have one GHES connection (~11k repos) authenticated with a PAT from the `sg-bot` machine user. GHES rate limiting is enabled with default 5000/h for graphql.

Does the instance share the token budget with anything else (perms sync? batch changes?). Should we split into multiple connections with separate tokens, or move to a GitHub App?

Dana Okafor
""", tags=["github", "rate-limit", "alert", "repo-updater"]),

T("S04", TEAM, PEM, "se/p2", "logs",
  "Repos not updating - GHES REST rate limit exhausted",
  """
The github rate limit alert from last month is back, but this time it's the REST one and it actually has impact: repos in Lighthouse lag 3-4h behind GHES during the afternoon.

[FIRING:1] github_rest_rate_limit_remaining (repo-updater critical)
  name = ghe.pemberton.internal

repo-updater:
{"SeverityText":"WARN","Body":"GitHub rate limit exceeded, waiting","Attributes":{"resource":"core","reset_in":"38m12s","url":"https://ghe.pemberton.internal/api/v3/repos/pemberton/payments-gateway"}}

We didn't move to the GitHub App yet (security review pending). Since the last ticket we added repository permissions syncing for the `pemberton` org (enforcePermissions: true), which I suspect is what's eating REST calls now.

Dana
""", tags=["github", "rate-limit", "alert", "permissions"], recurs="S03"),

T("S05", TEAM, CDSA, "se/p0", "template",
  "Users can see GitLab repositories they do not have access to",
  """
SUMMARY:
Users are able to search and view code in GitLab projects they are not members of. Data exposure incident opened internally (INC-2023-1147).

ENVIRONMENT:
- Air-gapped Kubernetes, Helm release cdsa-sg, version 5.1.8
- Code host: GitLab self-managed 16.3 (gitlab.cdsa.internal)
- Auth: Keycloak SAML; GitLab authorization configured with identityProvider type "external" referencing the SAML provider

STEPS TO REPRODUCE:
1. Log in as test user j.contractor (member of group `public-apps` only)
2. Search `repo:gitlab.cdsa.internal/restricted-ops/`
3. Results returned, files viewable

EXPECTED RESULT:
No results for projects in `restricted-ops`.

ACTUAL RESULT:
Full access. User's permissions page shows "Last synced: never".

IMPACT:
Security incident. We have disabled sign-in for non-admin users as a containment measure, which means the instance is unavailable to ~600 users until resolved.

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield
""", tags=["permissions", "security", "gitlab", "perms-sync", "incident"]),

T("S06", TEAM, QS, "se/p1", "template",
  "Azure AD OIDC login fails with 'invalid state' for some users",
  """
**Summary**
Around 30 users can't sign in to QS Search via our Azure AD (OpenID Connect) provider. They get redirected back with `invalid OAuth state parameter` after authenticating at Microsoft.

**Steps to reproduce**
1. Affected user opens https://qs-search.managed.example
2. Clicks "Sign in with Quillstone AAD"
3. Completes MFA
4. Lands on /.auth/callback → error page "Authentication failed: invalid state"

**Expected**
Signed in.

**Actual**
Error as above. Private window doesn't help. Same users fail on multiple devices.

**Env**
Managed instance, OIDC provider config unchanged since June. All affected users are in the `quillstone-contractors` AAD group which has a Conditional Access policy added last week.

**Impact**
30 contractors locked out, no workaround (no builtin auth enabled).

Tom Becker
""", tags=["sso", "oidc", "azure-ad", "authentication"]),

T("S07", TEAM, EAST, "se/p2", "email-thread",
  "GitLab connection errors in CodeFind: 401 Unauthorized",
  """
Dear Support,

Since Monday, new commits in our GitLab (git.cs.eastmoor.internal) are not showing up in CodeFind, and new projects are not added. The code host page says:

  "401 Unauthorized: {"message":"401 Unauthorized"}" (GitLab, git.cs.eastmoor.internal)

Ravi thinks the token in the connection belonged to a PhD student who graduated and whose account was blocked. We would like to avoid tying this to a person again. What token type and scopes do you recommend for a GitLab CE 16 instance, and can we use a group access token?

Kind regards,
Helen

> From: Ravi Kulkarni
> helen the token in codefind was from jsmits account, blocked when he left. can you ask sourcegraph what we should use instead

--
Dr Helen Achterberg
Research Computing Lead, School of Computer Science, University of Eastmoor
""", tags=["gitlab", "token", "sync", "code-host"]),

T("S08", TEAM, BM, "se/p2", "non-native",
  "New Perforce depot not appear in search",
  """
Hello,

We added new depot //lanternfall-dlc/main/ in the Perforce code host configuration of brightmarsh.managed.example two days ago. But it is not appearing in repositories list, and search cannot find it. Other depots are working normally.

The configuration now:
"depots": ["//lanternfall/main/", "//lanternfall/ThirdParty/", "//lanternfall-dlc/main/"]

The user for Sourcegraph is "sg_reader" and I checked that this user has "read" on //lanternfall-dlc/... in the protections table. Is there some limit of depots or we need to do something more?

Best regards,
Kenji Watanabe
""", tags=["perforce", "sync", "depot", "code-host"]),

T("S09", TEAM, ARV, "se/p1", "non-native",
  "Repositories stay in cloning, gitserver disk almost full",
  """
Hello,

Since yesterday, around 300 repositories from Bitbucket project CENSUS stays in status "cloning" and never finish. Also Prometheus send alert:

  gitserver: disk_space_remaining  less than 10% (critical)

gitserver-0 has PVC of 500Gi and now is 96% used. The new repositories from the census project have many big binary files (data samples, not our choice...). Other users also say that existing repositories are not updated since yesterday.

Please, what is best way: to make the PVC bigger (we use Longhorn storage), or to add second gitserver? And can we make Sourcegraph to not clone some repositories from the project?

Thank you,
Tomasz
""", tags=["gitserver", "disk", "cloning", "alert", "bitbucket"]),

T("S10", TEAM, "one-off", "se/p1", "email-thread",
  "New users blocked: 'license user limit reached' but we have free seats",
  """
Hi,

Since upgrading to 5.2.4, new employees trying to sign in get "This Sourcegraph instance has reached the maximum number of users allowed by its license". Our license is for 500 users. Site admin > Users shows 431 active users. Site admin > License shows "512 / 500 users".

We deactivated ~80 leavers in August; it looks like they are still being counted. We have 6 new starters who can't get in. Our CE says the license itself is fine and this should go to support.

Thanks,
Pavel Horák
Engineering Tools, Quorra Software

> From: (CE) 
> Pavel, the key looks right on our side - 500 seats through next June. Please open a support case so the team can look at the count.
""", tags=["license", "user-count", "enforcement", "regression"],
  org_tags=["self-hosted", "enterprise"]),

T("S11", TEAM, TS, "se/p1", "markdown",
  "POC: only public GHES repos synced, private ones missing",
  """
### Problem
GitHub code host connection on `tessellate-poc.managed.example` (now that networking works) synced 212 repos, all **public/internal**. None of our ~1,900 private repos show up.

### Config
```json
{
  "url": "https://github.tessellate.example",
  "gitHubAppDetails": { "installationID": 41, "appID": 7, "baseURL": "https://github.tessellate.example" },
  "orgs": ["tessellate", "tessellate-platform"]
}
```
The GitHub App was installed on both orgs with "All repositories" and Contents: read, Metadata: read.

### Impact
The evaluation is about private code. 9 days left.

— Jo Lindqvist
""", tags=["poc", "github-app", "sync", "private-repos"]),

T("S12", TEAM, FH, "se/p2", "chat-paste",
  "renamed gitlab projects show twice",
  """
sam.ortiz: we reorganized gitlab groups on friday (moved ~60 projects from fernhollow/legacy to fernhollow/platform)
sam.ortiz: on code.fernhollow.example we now see BOTH paths for each moved project. old path 404s when you click a file
sam.ortiz: e.g. gitlab.com/fernhollow/legacy/auth-service and gitlab.com/fernhollow/platform/auth-service
sam.ortiz: search results are doubled, people are annoyed
sam.ortiz: is there a way to force a full resync / purge the old ones? we have "projectQuery": ["groups/fernhollow/projects?include_subgroups=true"]
""", tags=["gitlab", "rename", "sync", "duplicates"]),

T("S13", TEAM, PEM, "se/p2", "email-thread",
  "New hires can't log in via Okta: 'email not verified'",
  """
Hello,

I manage the Okta tenant at Pemberton. Since about two weeks, new hires who sign in to Lighthouse (OIDC app "Lighthouse Code Search") get:

  "Unable to sign in: the email address from the identity provider is not verified"

Existing users are fine. Our Okta profile mapping for new hires comes from Workday and I can see `email_verified` is not present in the ID token for them (present=true for older accounts). Is there a setting to trust the IdP's email regardless, or do we need to fix this in Okta?

Regards,
Ibrahim Said
Identity & Access Management, Pemberton Systems

> From: Dana Okafor
> Ibrahim - this is on the Sourcegraph auth side, please open a case directly, I'm cc'd.
""", tags=["sso", "oidc", "okta", "authentication"]),

T("S14", TEAM, CDSA, "se/p2", "template",
  "perms_syncer_outdated_perms alert; users missing repos after GitLab group restructure",
  """
SUMMARY:
After a GitLab group restructure, ~40 users cannot see projects they now have access to. perms_syncer_outdated_perms alert has been firing for 3 days.

ENVIRONMENT:
- Air-gapped Kubernetes, cdsa-sg, version 5.1.8
- GitLab self-managed 16.3
- Note: related to our earlier permissions incident (INC-2023-1147), which was resolved by configuring the GitLab authorization correctly.

STEPS TO REPRODUCE:
1. User m.okonkwo added to group `data-platform` on Monday
2. User searches `repo:gitlab.cdsa.internal/data-platform/`
3. No results

EXPECTED RESULT:
Access within the documented sync interval.

ACTUAL RESULT:
User permissions page shows last sync 3 days ago with error "context deadline exceeded". Alert:
  worker: perms_syncer_outdated_perms  - 1.2k+ users with outdated permissions

IMPACT:
Users blocked from working on new projects. No data exposure (over-restriction only).

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield
""", tags=["permissions", "perms-sync", "alert", "gitlab"], recurs="S05"),

T("S15", TEAM, "one-off", "se/p2", "one-liner",
  "seat count wrong",
  """
Admin page says 262/250 users and warns we're over the license. We removed 40 accounts last month. Still counted?
""", tags=["license", "user-count", "enforcement"], org_tags=["self-hosted", "public-sector"], recurs="S10"),

T("S16", TEAM, HAL, "se/p1", "one-liner",
  "New starters see nothing in SG",
  """
Four new starters on Ember Tide cannot see a single repo in SG. They have Perforce access. Sort it out please, they start real work Monday.

Odile
""", tags=["permissions", "perforce", "perms-sync", "onboarding"]),

T("S17", TEAM, "one-off", "se/p3", "markdown",
  "Gerrit connection: how to limit to certain projects?",
  """
Hi,

We just connected our Gerrit (`review.heliotrope.internal`) and it pulled in all ~4,000 projects including the All-Projects/All-Users meta repos and a ton of archived ones.

- Is there a way to include only projects matching a prefix (e.g. `games/*`, `tools/*`)?
- Can we exclude read-only projects?

Thanks!
Noor Haddadin, Heliotrope Games (self-hosted, 5.2.2)
""", tags=["gerrit", "code-host", "configuration", "how-to"],
  org_tags=["self-hosted", "enterprise", "game-studio"]),

T("S18", TEAM, EAST, "se/p2", "chat-paste",
  "gitlab sync broken again, token",
  """
<ravi_k> hi again, codefind stopped picking up new commits from git.cs.eastmoor.internal since tue
<ravi_k> code host page: 401 Unauthorized
<ravi_k> this is the group access token we created after helens ticket in october... turns out gitlab group tokens default to 30 day expiry if you dont set one?? and it expired
<ravi_k> created a new one w/ 365 days, pasted into the connection, still 401 after 20 min
<ravi_k> token works with curl against /api/v4/projects
<ravi_k> do i need to restart something?
""", tags=["gitlab", "token", "sync", "code-host"], recurs="S07"),

T("S19", TEAM, ARV, "se/p2", "non-native",
  "Again gitserver disk alert and clone queue is big",
  """
Hello,

After the last ticket we increased the gitserver PVC to 800Gi and excluded the CENSUS-DATA repositories, thank you. Now, three weeks later, two alerts come:

  gitserver: disk_space_remaining  less than 15% remaining (warning)
  gitserver: repository_clone_queue_size  > 25 (warning)

The disk is 86% used. I don't understand where the space is going, the repository count is almost same. Is there some cleanup (git gc?) which is not working? We have version 5.2.1.

Best regards
Tomasz
""", tags=["gitserver", "disk", "alert", "clone-queue"], recurs="S09"),

T("S20", TEAM, "one-off", "se/p3", "non-native",
  "Add local git repositories without code host",
  """
Good day,

We have some old repositories that exist only as bare git directories on a file server (no GitLab, no GitHub). Is it possible to add them in Sourcegraph? I read something about "src serve-git" but I am not sure if it is for production or only testing. Around 150 repositories, they do not change anymore.

Thank you and regards,
Dmitri Lebedev
Software Infrastructure, Baltic Rail Signalling Institute
""", tags=["src-serve-git", "local-repos", "code-host", "how-to"],
  org_tags=["self-hosted", "public-sector"]),
]
