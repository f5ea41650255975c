from common import T

TEAM = "source"

TICKETS = [
T("RE: [EXTERNAL] nobody can sign in this morning",
r"""
Adding support@ - see thread below. Still broken.

From: Hakan Yilmaz <h.yilmaz@oberon-telecom.example>
Sent: Monday 07:58
To: IAM Team
Subject: RE: [EXTERNAL] nobody can sign in this morning

> We rotated the ADFS token-signing certificate Saturday as planned. All other apps picked up the new metadata automatically.

From: Service Desk
Sent: Monday 07:41

> 47 tickets so far: "Sourcegraph login fails". Users click "Sign in with ADFS" and get an error page.

The error page says:

  "SAML response signature verification failed: x509: certificate signed by unknown authority"

Our site config points `identityProviderMetadataURL` at the ADFS federation metadata URL, so I'd expect it to refresh. The only account that works is the builtin admin. No engineer can log in (about 1,300 people).

Hakan Yilmaz | Identity & Access Management | Oberon Telecom
********************************************************************
This message is intended only for the named recipients. Oberon Telecom accepts no liability for the content of this email.
********************************************************************
""",
"se/p0", "email-thread", tags=["urgent"], org_tags=["self_hosted", "enterprise"]),

T("contractors can see private repos",
r"""
URGENT - security. Contractors in our GitHub org who only have access to 3 repos can browse and search our entire private codebase in Sourcegraph since yesterday afternoon. We enforce repo permissions via the GitHub connection ("authorization": {}). I checked one contractor's account: Settings > Permissions shows "Last synced: never" and "unrestricted".

We've disabled their accounts for now. We need to know why permissions stopped being enforced and whether other users are affected.
""",
"se/p0", "plain", tags=["urgent", "security"], org_tags=["self_hosted"]),

T("users logged in as someone else behind our proxy",
r"""
Sourcegraph version: 5.2.4
Platform information: k8s, auth via http-header (our Envoy sets X-Forwarded-User)
<!-- Describe the bug -->
Twice today a user opened Sourcegraph and was signed in as a different person (saw that person's settings, tokens, saved searches). Happened after we enabled response caching on the Envoy edge last week. We've turned caching off again.

Steps to reproduce: not reliably reproducible

Expected: each user sees their own session
Actual: sessions crossing between users

Any idea what Sourcegraph keys the session on with http-header auth, and whether we should invalidate all sessions? Treating as security incident internally.
""",
"se/p0", "template", tags=["security"], org_tags=["self_hosted"]),

T("Perforce depot sync super slow, changelists missing",
r"""
p4 depot //depot/game-engine/... added last week. Still only 60% of changelists visible in SG, and new ones from today don't show up at all. gitserver log:

{"SeverityText":"WARN","Body":"p4-fusion","Attributes":{"repo":"perforce/game-engine","msg":"Fetched 1200/84012 changelists","elapsed":"6h12m"}}
{"SeverityText":"ERROR","Body":"p4-fusion: exit status 1","Attributes":{"repo":"perforce/game-engine","stderr":"[ERROR] Perforce client error: Too many rows scanned (over 500000); see 'p4 help maxscanrows'."}}

Our P4 admin says our service user group has MaxScanRows 500000. Other depots are fine. Other teams can work, but this is our biggest depot.
""",
"se/p2", "logs", tags=[], org_tags=["on_prem"]),

T("SCIM deprovisioning dont remove user",
r"""
hi, we use okta scim to provision users to sourcegraph. create user works. when we unassign user in okta, user is still active in sourcegraph and can login with SSO (!). okta log say PATCH /.api/scim/v2/Users/... 200 OK with active=false. user list in site-admin still show user normal.

is this bug or we configure wrong? we have 50 leavers this month, must remove them manually now. security team not happy that ex-employee can still login.
""",
"se/p1", "non-native", tags=[], org_tags=["self_hosted"]),

T("Instance says 500/500 users but we have 320 - new hires blocked",
r"""
Hi,
Since the upgrade to 5.3.0 new people can't sign in at all: "This instance has reached its licensed user limit. Contact your site admin." Our license is for 500 users. Site admin > Users shows 321 users total (incl. the 2 service accounts). Site admin > License page says "500 / 500 users".

We haven't bought more seats because we don't need them. The key is valid until next year. Feels like deleted/suspended users are counted? We have ~15 new joiners this week who can't get in, and the rest of the org is fine.
""",
"se/p1", "plain", tags=["license"], org_tags=["self_hosted", "enterprise"]),

T("gitserver disk space warning",
r"""
Alert from our self-hosted Grafana:

  warning_gitserver_disk_space_remaining
  gitserver-2: 9.7% remaining (threshold 10%)

It dropped from ~30% to under 10% in 5 days without us adding repos. Which repos are growing? Should we just enlarge the volume or is something not being cleaned up? Nothing broken yet.
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("Bitbucket Server sync errors",
r"""
[11:02] marius: grafana keeps showing src_repoupdater_syncer_sync_errors_total going up for the bitbucket connection
[11:03] marius: and new repos created in bitbucket yesterday aren't in sourcegraph
[11:04] julie: any error in the connection page?
[11:05] marius: "Get https://bitbucket.corp.example/rest/api/1.0/repos?start=1000&limit=1000: 429 Too Many Requests"
[11:06] julie: we added a rate limiter on bitbucket last week…
[11:06] marius: ugh. ok I'll ask sourcegraph what the sync frequency/rate limit options are
""",
"se/p2", "chat-paste", tags=[], org_tags=["self_hosted"]),

T("GitLab sign-in broken after hostname change",
r"""
We moved Sourcegraph from sourcegraph.dev.kalmar.example to code.kalmar.example. externalURL updated. Now GitLab sign-in gives on the GitLab side:

  "The redirect URI included is not valid."

We updated the GitLab application's callback URL to https://code.kalmar.example/.auth/gitlab/callback, still the same. GitLab is the only sign-in option apart from the builtin login for 2 admins, so nobody else can sign in - the whole company is locked out as sessions expire.
""",
"se/p0", "plain", tags=[], org_tags=[]),

T("Gerrit repos not indexing",
r"""
We added a Gerrit connection last Thursday. The repos show up in the repo list but say "Repository not cloned yet" / "queued for cloning" since then. So nothing from Gerrit is indexing. Connection test says OK. gitserver logs:

  clone failed: fatal: Authentication failed for 'https://gerrit.corp.example/a/platform/build/'

The HTTP password from the Gerrit settings page is in the connection config. GitHub repos are fine.

> (from our AE, Slack) "can you get the Gerrit side sorted this week? the POC readout is Tuesday and half their code is in Gerrit"
""",
"se/p1", "mixed", tags=["poc"], org_tags=["self_hosted", "poc"]),

T("new Azure DevOps repos don't show up",
r"""
Hi! We connected Azure DevOps Services with `orgs: ["tesslar"]`. Repos that existed at setup time are there. Anything created since (about 30 repos in 3 weeks) never appears, even after clicking "Sync now" on the connection. People just search the old repos for now. Config:

{
  "url": "https://dev.azure.com",
  "username": "svc-sourcegraph",
  "token": "REDACTED",
  "orgs": ["tesslar"],
  "exclude": [{"pattern": "^tesslar/Archive/"}]
}
""",
"se/p2", "config", tags=[], org_tags=["managed_instance"]),

T("src serve-git or src-expose for repos that only live on a build server disk?",
r"""
thx
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("Phabricator mirrored repos",
r"""
Hello,
We still run Phabricator (yes...) with repos hosted by Phabricator itself, not mirrored from GitHub. Can Sourcegraph clone directly from Phabricator, or do we need to set up a git host in between? Planning stage only.
Thanks, Ilse
""",
"se/p3", "plain", tags=[], org_tags=["prospect"]),

T("CVS",
r"""
do you support CVS repositories
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("OIDC Entra ID groups -> repo permissions?",
r"""
Hi team,

We use OIDC with Microsoft Entra ID for login. Works great. Next step: restrict repo visibility by Entra group (e.g. group `sg-payments` sees only payments/*). Our repos come from a GitLab self-managed instance which also uses Entra.

Current auth provider block:

"auth.providers": [
  {
    "type": "openidconnect",
    "displayName": "Entra ID",
    "issuer": "https://login.microsoftonline.com/0000aaaa-1111-bbbb-2222-cccc3333dddd/v2.0",
    "clientID": "5e6f...",
    "clientSecret": "REDACTED",
    "requireEmailDomain": "alderwick.example"
  }
]

Is it possible to derive permissions from the group claims, or do we have to use GitLab permission syncing / explicit permissions API? What would you recommend?
""",
"se/p3", "config", tags=[], org_tags=["self_hosted"]),

T("repo_corrupted alert for 3 repos",
r"""
Sourcegraph 5.2.2 self-hosted. Monitoring shows:

  critical: gitserver: repo_corrupted (3)

And in gitserver-1 logs:
  level=error msg="repository corrupt" repo=github.example.com/mobile/ios-app err="fatal: bad object HEAD"
  level=error msg="repository corrupt" repo=github.example.com/mobile/android-app err="error: object file .git/objects/3f/... is empty"

These 3 repos show stale code (2 days old). Everything else fine. Is it safe to trigger a reclone?
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("repos stopped updating since Friday",
r"""
quick context from our internal chat, then my question:

> tobi: why does sourcegraph show last week's code for checkout-service?
> maja: same for 20+ repos I checked, looks like nothing updated since fri
> tobi: did someone rotate the github token? the bot account PAT expired friday i think

Yes - the PAT on the GitHub connection expired Friday. I've generated a new one (repo, read:org scopes) and put it in the connection config. Repo pages still say "last updated 3 days ago". Do I need to do anything else to kick off the updates? How long until everything is current?
""",
"se/p2", "mixed", tags=[], org_tags=["self_hosted"]),

T("monorepo clone times out - POC blocked",
r"""
We're in a POC and our main repository (42 GB, 1.2M commits, GitHub Enterprise) never finishes cloning. Repo page says "cloning in progress" then after a while "clone failed":

  error cloning repo: context deadline exceeded after 1h0m0s (git clone --mirror --progress)

The rest of our repos are cloned. But the monorepo is the whole point of the evaluation. Is the clone timeout configurable? Success review with our architects is on the 9th.
""",
"se/p1", "plain", tags=["poc"], org_tags=["poc", "prospect"]),

T("explicit permissions API - setRepositoryPermissionsForUsers has no effect",
r"""
Wir nutzen die explicit permissions API, weil unser Code-Host (selbstgebautes Git hosting) keine Berechtigungen liefert. Mutation returns no error:

mutation {
  setRepositoryPermissionsForUsers(
    repository: "UmVwb3NpdG9yeTo0Mg==",
    userPermissions: [{bindID: "m.keller@stahlwerk.example"}]
  ) { alwaysNil }
}

aber m.keller sieht das Repo trotzdem nicht. "permissions.userMapping" ist auf bindID: email gesetzt. Other users added the same way last month can see their repos. Workaround: we gave the repo to all users temporarily but this is not ok long-term.
""",
"se/p2", "non-native", tags=[], org_tags=["on_prem"]),
T("Re: Re: new joiners see zero repos for days",
r"""
Hi again,

> > Could you check Site admin > Users > [user] > Permissions for one of the affected people?

Done. For the 12 people who joined on Monday it says "Permissions last synced: never / queued". Today is Thursday. Meanwhile, from our internal thread:

> > > Laila: the onboarding buddy program is pointless if new hires can't open the code in SG
> > > Ben: older accounts look fine, it's only new accounts

Our Grafana also shows "perms syncer outdated perms" at a constant ~1,900 and "perms_syncer_sync_errors" spiking every few minutes with GitHub 403 "secondary rate limit".

We onboard 60 more people next week. It's a GitHub Enterprise Cloud connection with ~14k repos, permission syncing enabled.

Regards,
Oskar Lindahl
Developer Productivity | Kvarn Systems
This e-mail may contain confidential or privileged information. Any unauthorised use is prohibited.
""",
"se/p1", "email-thread", tags=[], org_tags=["self_hosted", "enterprise"]),
]
