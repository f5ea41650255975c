from common import t

TEAM = "code-search"
TICKETS = [
# --- search contexts
t("search context still searches repos we removed from it",
"""We edited the search context `@acme/payments` last week and removed 12 archived repos from its JSON repo list. Searches with `context:@acme/payments` still return matches from those archived repos. Editing again and saving shows the new list correctly in the UI. Do contexts get cached somewhere?

```json
[
  {"repository": "git.acme.internal/payments/core", "revisions": ["HEAD"]},
  {"repository": "git.acme.internal/payments/ledger", "revisions": ["HEAD", "release/v7"]}
]
```""",
"se/p2", "config", [], ["self_hosted"]),

t("create search contexts via API?",
"""# Search contexts at scale

We have **~90 teams** and want one search context per team, generated nightly from our service catalog (Backstage).

1. Is there a GraphQL mutation for creating/updating search contexts?
2. Can a context be defined by a *query* (e.g. all repos with a topic, `repo:has.topic(team-payments)`) instead of a static list?

_We're in the POC; automating this is one of the acceptance criteria, but no hard date yet._""",
"se/p2", "markdown", [], ["enterprise"]),

t("Feature request: default search context per org",
"""Hi Sourcegraph,

Feature request from our developer experience group: could admins set a default search context for everyone? New joiners always search `global` and get noise from 8k repos. Users can set their own default, but we'd like an org-wide default they can still change.

> From: DX guild
> Can we ask Sourcegraph whether this is on the roadmap?

Thanks!
Tomasz Zielinski
Developer Experience | Brightwell Insurance""",
"se/p2", "email-thread", [], ["enterprise"]),

# --- saved searches
t("where did my saved searches go?",
"""after the upgrade the "Saved searches" item disappeared from my user menu. I had like 15 of them. are they deleted?? I use them every morning""",
"se/p2", "plain", [], ["self_hosted"]),

t("saved search emails stopped",
"""Sourcegraph version: 5.1.x -> 5.3.2
Platform information: docker compose

Steps to reproduce:
<!-- What did you do? -->
had a saved search with "notify me by email" for new matches of `secret_key = ` across all repos

Expected behavior: email when new matches appear
Actual behavior: no emails since the upgrade, and the checkbox is gone from the saved search form

Is this replaced by something else?""",
"se/p3", "template", [], ["self_hosted"]),

t("Share a saved search with the whole org",
"",
"se/p3", "one-liner", [], []),

# --- code monitors
t("code monitor never sends email",
"""**Sourcegraph version:** 5.2.4
**Platform information:** Kubernetes (helm)

**Steps to reproduce:**
1. Create code monitor with trigger query `type:diff repo:^git\\.nordwave\\.internal/infra/ select:commit.diff.added AWS_SECRET`
2. Action: send email to me
3. Push a commit adding `AWS_SECRET` to infra/terraform

**Expected behavior:** email within a few minutes
**Actual behavior:** monitor log shows "Triggered, 1 result" but the action row says "failed: email: smtp: 530 authentication required". Other emails from Sourcegraph (password reset) work.

We're rolling this out as our secret-leak tripwire during the POC; security sign-off is next Wednesday.""",
"se/p1", "template", ["poc"], ["poc", "self_hosted"]),

t("code monitor slack webhook action errors",
"""Code monitor "log4j usage" → Slack webhook action shows "Error: 400 invalid_payload". The webhook URL works with curl:

```
$ curl -X POST -H 'Content-type: application/json' --data '{"text":"test"}' https://hooks.slack.example/services/T01/B02/zzz
ok
```
Is there a way to see the payload the monitor sends? The search query in the trigger returns results when I run it in the search bar.""",
"se/p2", "mixed", [], ["self_hosted"]),

t("99th percentile search request duration alert",
"""[09:02] ops-bot: 🔔 warning_frontend_99th_percentile_search_request_duration: 99th percentile successful search request duration over 5m (value 23.1s)
[09:03] lena: again. third morning in a row
[09:04] mo: zoekt dashboards look normal tho, cpu/mem fine
[09:05] lena: users do say search feels slow around 9am when everyone's in
[09:06] mo: ok opening a ticket with SG, self-hosted k8s 5.3.4""",
"se/p2", "chat-paste", [], ["self_hosted"]),

t("code monitor fires again and again for the same commit",
"""[Teams] #mobile-releng
Aiko Tanaka  10:31
  my code monitor just emailed me the same commit for the 14th time today 🙃
  trigger: type:commit message:"hotfix" repo:^gitlab\\.sandhill\\.example/mobile/
  the commit is from Monday
Ben Osei  10:33
  mine too, the one watching for `android:exported="true"`
Aiko Tanaka  10:34
  annoying but we can live with it. sending to SG support""",
"se/p2", "chat-paste", [], []),

# --- search UI / predicates
t("repo:has.file predicate syntax?",
"""I want all repos that have a package.json that depends on react 16. Tried

`repo:has.file(package.json, "react": "^16)`

and got "invalid predicate". What's the right way to write that with path + content? Does it also work with `repo:has.content`? (we're on the 30-day trial and this is the kind of query our architects want to see working)""",
"se/p2", "plain", ["trial"], []),

t("search box suggestions super laggy",
"""typing in the search bar lags like 1-2 sec per keystroke since the update, the dropdown with suggestions (repo:, file:, etc) flickers. results themselves come back normally once i hit enter. chrome 122. happens to a few of us, firefox seems ok""",
"se/p2", "plain", [], ["self_hosted"]),

t("filters sidebar gone from search results page (wide screen)",
"cosmetic",
"se/p3", "one-liner", [], []),

t("Search results page goes blank with minified JS matches",
"""Whenever a search matches a minified .js file (huge single line) the results page turns white and the tab freezes. Browser console: `RangeError: Maximum call stack size exceeded at highlightRanges`. Most of our devs search in the frontend monorepo where this happens constantly, and `-file:\\.min\\.js` doesn't help because the bundles aren't named .min. The backend returns results fine via `src search`.""",
"se/p1", "mixed", [], ["self_hosted"]),


# --- browser extension
t("Chrome extension: no Sourcegraph buttons on GHE after GHE upgrade",
"""Hello,

> > Is this affecting all users or only some?
> All of them, as far as we can tell.

To summarise for whoever picks this up: since GitHub Enterprise Server was upgraded to 3.11 over the weekend, the Sourcegraph Chrome extension doesn't show anything on github.ravel.internal: no "View on Sourcegraph" button, no hover tooltips on PR diffs. Extension options show the URL of our instance and "Connected". Cloning/search of those repos in Sourcegraph itself is fine. Our ~600 devs use this daily for code review and there is no workaround apart from switching tabs.

Regards,
Signe Holm
Engineering Enablement, Ravel A/S

This message is intended only for the addressee(s). If you received it in error, please delete it.""",
"se/p1", "email-thread", [], ["self_hosted", "enterprise"]),

t("the hover thing in gitlab merge requests doesn't show anymore",
"""hi, when reviewing MRs in our GitLab I used to get the little popup with the definition when hovering a function (from the Sourcegraph add-on in Firefox). since last week nothing. I didn't change anything. firefox 123 on ubuntu. it works in Sourcegraph itself""",
"se/p2", "plain", [], []),

t("SECURITY: browser extension sending private repo info to sourcegraph.com",
"""Our security team noticed in proxy logs that the Sourcegraph browser extension, installed through our managed Chrome policy, sends requests to https://sourcegraph.com/.api/graphql containing private repository names and file paths from github.hexa.internal when developers browse code. The extension should only talk to our self-hosted instance (sourcegraph.hexa.internal). Policy config:

```json
{
  "sourcegraphURL": { "Value": "https://sourcegraph.hexa.internal" },
  "rawRepoURL": { "Value": "" }
}
```
We have disabled the extension company-wide for now. We need to understand what was sent and why.""",
"se/p0", "config", ["urgent", "security"], ["self_hosted", "enterprise"]),

t("is the browser extension available for safari?",
"",
"se/p3", "one-liner", [], []),

# --- native integrations
t("Bitbucket Server plugin: no code intel buttons on PRs",
"""We installed the Sourcegraph plugin for Bitbucket Server (8.9) and set the Sourcegraph URL in its admin page. The "Sourcegraph" link appears on the file view, but PR diffs show no hover tooltips / go-to-definition. Console on the PR page:

```
Refused to connect to 'https://sourcegraph.liora.internal/.api/graphql' because it violates the following Content Security Policy directive: "connect-src 'self'"
```
Repos sync from Bitbucket to Sourcegraph fine, this is only about the UI in Bitbucket. "Code intel in PRs" is one of three success criteria of our POC, which ends on the 30th.""",
"se/p1", "logs", ["poc"], ["self_hosted", "poc"]),

t("GitLab native integration: how to enable",
"""We'd like code intelligence inside GitLab (self-managed 16.x) without everyone installing the browser extension. I saw GitLab has a "Sourcegraph" integration in admin settings. Anything to set on our Sourcegraph side? Our site config has:

```json
"externalURL": "https://sourcegraph.quill.internal",
"corsOrigin": "https://gitlab.quill.internal"
```""",
"se/p3", "config", [], ["self_hosted"]),

t("Phabricator integration broken after Phab update",
"""After upgrading Phabricator the Sourcegraph integration (the JS we load via the Phab extension) throws `TypeError: Cannot read properties of null (reading 'querySelector')` on Differential revision pages and no hovers appear. Diffusion pages still work. Backend Phabricator code host connection in Sourcegraph is unchanged and fine.""",
"se/p2", "logs", [], ["on_prem"]),

# --- sourcegraph extensions
t("git-extras blame gone after upgrade",
"""Sourcegraph version: 5.1.2
Platform information: <!-- e.g. docker-compose, kubernetes, managed -->
Steps to reproduce: open any file
Expected behavior: inline git blame like with the git-extras extension before
Actual behavior: no blame. Extensions page says extensions are disabled?

Is blame now built in somewhere, and how do we turn it on?""",
"se/p2", "template", [], ["self_hosted"]),

t("Codecov extension coverage overlay",
"""Hola, usamos Codecov y queremos ver the coverage lines in the Sourcegraph file view, como con la extensión de Codecov de antes. Is that still supported, y dónde ponemos el Codecov token? Solo pregunta, no es urgente. Gracias!""",
"se/p3", "non-native", [], []),

t("extensions registry",
"""can we still publish our own internal Sourcegraph extension to a private registry on our instance? we had one that links Jira ticket IDs in code comments""",
"se/p3", "plain", [], ["self_hosted"]),

# --- batch changes
t("src batch preview fails: docker not available",
"""```
$ src batch preview -f bump-log4j.batch.yaml
✅ Parsing batch spec
✅ Resolving namespace
✅ Preparing container images (0/1)
❌ Error: preparing container images: checking image "alpine:3": exit status 1

 docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?
```
We use Podman on our dev laptops (Docker Desktop licensing). Does src batch support podman, or should we use server-side execution instead?""",
"se/p2", "logs", [], ["self_hosted"]),

t("Batch change can't publish: 'no credential found' for GitHub",
"""[Slack Connect #sg-helix]
[17:40] nikhil (Helix): trying to publish 240 changesets from our batch change to github.com repos, every one fails:
[17:40] nikhil (Helix): `Publishing failed: no credential found that can authenticate to github.com (code host: GitHub)`
[17:41] nikhil (Helix): our GitHub code host connection token works fine, repos are synced and searchable
[17:41] nikhil (Helix): do I need a separate token somewhere??
[17:43] nikhil (Helix): we promised security these dependency bumps are merged before the pen test starts Monday""",
"se/p1", "chat-paste", ["urgent"], ["enterprise"]),

t("GitLab changesets 403 when publishing with site credential",
"""Site-wide batch changes credential for gitlab.talon.example set by admin with a PAT (scopes: api, read_repository, write_repository). Publishing fails:

```
changeset 8812: publishing: creating merge request: POST https://gitlab.talon.example/api/v4/projects/412/merge_requests: 403 {message: 403 Forbidden}
```
The PAT owner is Maintainer on the group. User-level credentials for a couple of devs work, but most of the ~900 changesets belong to repos those devs can't push to, so effectively nothing gets published. We have to finish the TLS library migration across all services by the end of the month (compliance deadline).""",
"se/p1", "logs", [], ["self_hosted"]),

t("Bitbucket Server changesets stuck in 'Processing'",
"""About 60 changesets of our batch change `rename-logging-module` have sat in "Processing" for two days; the PRs exist in Bitbucket Server. Webhooks from Bitbucket are configured. Others updated fine.

| state | count |
|---|---|
| Open | 212 |
| Merged | 95 |
| Processing | 61 |

screenshot: https://imgshare.example/bbs-processing.png""",
"se/p2", "mixed", [], ["self_hosted"]),

t("batch spec: steps run but no diff produced",
"""batch spec below runs on all 35 repos, logs show the sed command ran, but every workspace ends with "No changes". What am I missing?

```yaml
name: update-base-image
description: move to the new base image
on:
  - repositoriesMatchingQuery: file:^Dockerfile$ FROM registry.iona.internal/base:2
steps:
  - run: sed -i 's#base:2#base:3#' Dockerfile
    container: alpine:3
changesetTemplate:
  title: Update base image
  branch: batch/update-base-image
  commit:
    message: Update base image to v3
  published: false
```""",
"se/p3", "config", [], []),

t("can we import existing hand-made PRs into a batch change?",
"",
"se/p3", "one-liner", [], []),

t("Batch Changes page 500 for all users",
"""Sourcegraph version: 5.3.0
Platform information: kubernetes

Steps to reproduce: open /batch-changes

Expected behavior: list of batch changes
Actual behavior: "Error: 500 Internal Server Error — graphql: batchChanges: pq: column changesets.external_fork_name does not exist"

<!-- Any additional context -->
since the upgrade. Every user gets it, we have 14 open batch changes mid-rollout and can't see or update any of them. The rest of Sourcegraph is fine.""",
"se/p1", "template", [], ["self_hosted"]),

t("URGENT batch change pushed internal branch to PUBLIC forks",
"""Our batch change `update-internal-endpoints` (published by mistake with `published: true`) created branches and PRs not only in our internal GitHub org but ALSO in 37 public open-source forks we maintain under github.com/kelvra-oss. The diffs contain internal hostnames and a service token placeholder. We've closed the PRs but the branches are public. How do we find every changeset/branch this batch change pushed and delete them all NOW? Is there a way to unpublish/delete branches from Sourcegraph?""",
"se/p0", "plain", ["urgent", "security"], ["enterprise"]),

# --- code insights
t("code insight stuck at 'Calculating' for 5 days",
"""## Insight stuck backfilling
- Insight: search-based, "TODO count per team"
- Series: 6 (one per repo group), 12 months of history
- Created: 5 days ago
- State: card still shows *"Insight is being calculated (backfilling)"*
- A simpler 1-series insight finished overnight.
- Running the same search query in the search bar returns the TODOs instantly.

Screenshot: https://imgshare.example/insight-backfill.png""",
"se/p2", "markdown", [], ["self_hosted"]),

t("insights_queue_unutilized_size",
"""Alertmanager: warning worker: insights queue unutilized size

We have Code Insights enabled and a few dashboards. Is this an infra problem with the worker or something in insights? All dashboards show data but nothing new since Tuesday.""",
"se/p2", "mixed", [], ["self_hosted"]),

t("Measuring tech debt with Code Insights",
"""Hi! I'd like to track how many uses of our deprecated `LegacyHttpClient` remain per team over time, and show it to managers on a dashboard. Should that be a search-based insight or a "compute"/group-by insight? Can it group by CODEOWNERS team? Just exploring, thanks.""",
"se/p3", "plain", [], []),

t("all Code Insights dashboards empty after upgrade",
"""Dear support team,

kindly note that since upgrading to 5.2.0 all of our Code Insights dashboards show "No data" for every insight (about 70 insights). Our engineering leadership uses these weekly to track the migration off Java 8 and our renewal discussion is next month, so they are asking whether Insights is worth keeping. Search and everything else is working normally.

We would be most grateful for your prompt help.

With best regards,
Emeka Obi""",
"se/p1", "email-thread", ["renewal"], ["self_hosted", "enterprise"]),
]
