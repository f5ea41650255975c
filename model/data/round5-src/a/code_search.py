TEAM = "code-search"
TICKETS = [
dict(subject="batch change pushed directly to main in ~60 repos",
description="""[09:30] hana: WHY are there commits "chore: bump log4j (sourcegraph batch change)" directly on main in the payment repos??
[09:31] viktor: it's my batch change from yesterday. I only clicked "Publish" on the changesets, they should be PRs
[09:33] hana: git log shows them pushed to main, not a branch. 62 repos. CI auto-deployed 9 of them to prod
[09:34] viktor: spec had `branch: main` under changesetTemplate... but the preview showed "Create PR"
[09:36] hana: we are reverting by hand. this bypassed all our review rules, security is involved now
[09:37] viktor: @sourcegraph-support need someone ASAP. version 5.2.4, GitHub Enterprise, site-wide credential used""",
priority="se/p0", form="chat-paste", tags=["urgent","batch-changes"], org_tags=["self_hosted","enterprise"]),

dict(subject="hard timeout search responses alert + slow searches",
description="""Alertmanager:

  [FIRING] critical_frontend_hard_timeout_search_responses
    description: frontend: 2%+ hard timeout search responses every 5m for 15m0s
  [FIRING] warning_frontend_99th_percentile_search_request_duration
    description: frontend: 20s+ 99th percentile successful search request duration over 5m

Searches from the web UI are taking 20-40s for most people and a fair share time out. Since yesterday's deploy of 5.3.1. We don't see anything obvious in zoekt or searcher dashboards.""",
priority="se/p1", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="code monitors stopped notifying",
description="""Sourcegraph version: 5.2.6
Platform information: k8s

Steps to reproduce:
1. have a code monitor `type:diff select:commit.diff.added AKIA[0-9A-Z]{16}` with Slack + email actions
2. push a test commit with a fake AWS key

Expected behavior: Slack message within minutes (worked for a year)

Actual behavior: nothing. All 48 monitors show "Last run: 9 days ago". Our security team depends on these to catch leaked secrets and they have no alternative right now.

<!-- Additional context -->""",
priority="se/p1", form="template", tags=[], org_tags=["self_hosted","enterprise"]),

dict(subject="Batch Changes: \"no credentials\" when publishing, for all users",
description="""After upgrading, nobody can publish changesets: "No credentials available for github.corp.example. Add a token in Batch Changes settings." Users have personal tokens configured and there's also a global service account token:

```json
"batchChanges.enabled": true,
"batchChanges.restrictToAdmins": false,
"batchChanges.rolloutWindows": [
  { "rate": "10/hour", "days": ["monday","tuesday","wednesday","thursday","friday"] }
]
```

Settings > Batch Changes shows the credentials as present (green check). Code host sync itself works fine. We have a Java 21 migration batch change that has to be out by the end of the sprint (Friday).""",
priority="se/p1", form="config", tags=["batch-changes"], org_tags=["self_hosted"]),

dict(subject="all insights stuck at \"still being calculated\"",
description="""Every insight on every dashboard has shown "Insight is still being calculated" since Monday, including ones that were fine for months (tech-debt tracking of deprecated API usages, Log4j migration progress). Tomorrow at 10:00 our VP Eng reviews these dashboards with the board. Is there anything we can kick to get them computed?""",
priority="se/p1", form="plain", tags=["insights"], org_tags=["self_hosted","enterprise"]),

dict(subject="search contexts: any selected context errors",
description="""Picking any search context other than `global` from the dropdown gives:

  Error: context "@platform-team/backend" not found

…even though the context exists and shows in Search contexts management. Most of our users have a default context set, so their searches fail by default until they switch to global manually (most don't know how). Screenshot: https://screens.example/ctx-error.png

GraphQL response when loading the page:
{"errors":[{"message":"search context not found","path":["search"]}],"data":null}""",
priority="se/p1", form="mixed", tags=[], org_tags=["managed_instance"]),

dict(subject="Chrome extension: no hovers on GitHub Enterprise",
description="""## Setup
- Chrome 123, Sourcegraph extension 23.x
- Sourcegraph URL set to https://sourcegraph.corp.example
- GHE at https://github.corp.example

## Problem
On PR diffs and file pages in GHE, the Sourcegraph icon shows but hovering a symbol shows nothing. Console:

`Refused to connect to 'https://sourcegraph.corp.example/.api/graphql' because it violates the following Content Security Policy directive: "connect-src 'self'"`

![console](https://screens.example/ext-csp.png)

Works on github.com. Some devs, mostly the ones on the new GHE host.""",
priority="se/p2", form="markdown", tags=[], org_tags=["self_hosted"]),

dict(subject="firefox extension not work with our certificate",
description="""Hello, in Firefox the Sourcegraph extension say "Could not connect to Sourcegraph" but the same URL open fine in the browser tab. Our Sourcegraph use a certificate from internal CA. In Chrome the extension works. Maybe firefox extension not use the system certificate? We are ~20 users with firefox, others use chrome. Grazie mille.""",
priority="se/p2", form="non-native", tags=[], org_tags=["self_hosted"]),

dict(subject="safari extension gone after macOS update",
description="",
priority="se/p2", form="one-liner", tags=["urgent"], org_tags=[]),

dict(subject="git blame not showing anymore",
description="""The blame annotations at the end of each line (who changed it and when) stopped appearing when viewing files. We had the git-extras extension enabled before. Now I can't find the extension in the settings anymore. Is blame a built-in now? Several people asked me where it went. We can look at blame on GitLab for now.""",
priority="se/p2", form="plain", tags=[], org_tags=["self_hosted"]),

dict(subject="src batch preview fails: workspace resolution error",
description="""$ src batch preview -f upgrade-eslint.batch.yaml
✅ Parsing batch spec
✅ Resolving namespace
❌ Resolving repositories
error: resolving repositories: search query "repohasfile:package.json -repo:archived" returned an error: invalid predicate: repohasfile is deprecated, use repo:has.file() instead

Same spec worked in January. Changing the `on:` query fixes it, but shouldn't src batch warn rather than fail?""",
priority="se/p2", form="logs", tags=["batch-changes"], org_tags=["self_hosted"]),

dict(subject="insights queue unutilized size",
description="""warning_worker_insights_queue_unutilized_size
worker: 0+ insights queue size that is not utilized (not processing) for 30m

fires on and off. some new insights take hours to show data, older ones are fine.""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="GitLab \"View on Sourcegraph\" button opens wrong URL",
description="""**Sourcegraph version:** 5.3.0
**Platform information:** GitLab 16.9 self-managed, native integration enabled

**Steps to reproduce:**
1. Open a file in a GitLab subgroup project, e.g. gitlab.corp.example/mobile/ios/app
2. click the Sourcegraph button in the file header

**Expected behavior:** opens the same file on Sourcegraph

**Actual behavior:** opens `/gitlab.corp.example/mobile/-/blob/...` (subgroup dropped) → 404

**Additional context:**
<!-- screenshots -->""",
priority="se/p2", form="template", tags=[], org_tags=["self_hosted"]),

dict(subject="Re: saved search notification emails not arriving",
description="""Hi,

> Are other emails from Sourcegraph (e.g. password reset) arriving?

Yes, password reset and invites arrive fine. It's only the saved search notifications: we have "Notify by email" checked on 6 saved searches and nobody got an email since upgrading. The saved searches themselves run fine when opened manually.

Thanks,
Bram de Vries

> On Mon, Support wrote:
> > Hi Bram, are other emails from Sourcegraph arriving?

-- 
Bram de Vries | Infra Tooling | Oostwal Software
Deze e-mail is uitsluitend bestemd voor de geadresseerde.""",
priority="se/p2", form="email-thread", tags=[], org_tags=["self_hosted"]),

dict(subject="Insight counts doubled for some repos",
description="""# Code Insight count looks wrong

Tracking "usages of `legacyAuth(`" across all repos:

| date | insight value | actual (`count:all` search) |
|---|---|---|
| Mar 1 | 1,204 | 602 |
| Mar 8 | 1,190 | 595 |

Looks like forks are being counted as well as the originals? Chart screenshot: https://screens.example/insight-double.png

We use this chart to measure technical debt burn-down, so the numbers matter, but we can divide by 2 for now.""",
priority="se/p2", form="markdown", tags=["insights"], org_tags=["enterprise"]),

dict(subject="search context for all repos of a team",
description="how?",
priority="se/p3", form="one-liner", tags=[], org_tags=[]),

dict(subject="question about repo:has.file",
description="""hi, i want find all repos which have Dockerfile AND not have .dockerignore. i try `repo:has.file(Dockerfile) -repo:has.file(.dockerignore)` but not sure it is correct way, result look strange. can you explain how the predicate works with minus? thanks""",
priority="se/p3", form="non-native", tags=[], org_tags=["self_hosted"]),

dict(subject="Codecov extension still supported?",
description="""We used the Codecov Sourcegraph extension to show coverage on files. After our upgrade the Extensions page is gone. Is there any replacement for showing coverage in the file view? Just curious, low priority.""",
priority="se/p3", form="plain", tags=[], org_tags=["self_hosted"]),

dict(subject="what is the \"sentinel\" search panel?",
description="""Our Grafana frontend dashboard has these panels and one went yellow:

  90th percentile successful sentinel search duration over 2h  → 12.4s
  mean sentinel stream latency over 2h                         → 3.1s

What are sentinel queries and do we need to do anything? Searches seem normal.""",
priority="se/p3", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="Batch spec example in docs uses wrong field",
description="""The "Creating a batch change" tutorial example uses:

```yaml
name: hello-world
on:
  - repositoriesMatchingQuery: file:README.md
steps:
  - run: echo Hello World | tee -a $(find -name README.md)
    container: ubuntu:18.04
changesetTemplate:
  title: Hello World
  body: My first batch change!
  branch: hello-world
  commit:
    message: Append Hello World to all README.md files
  published: draft
```

`published: draft` gives a validation error on our version; the reference page says it has to be `published: false` plus `draft` handled elsewhere. Minor, just confused a new user.""",
priority="se/p3", form="config", tags=["docs"], org_tags=["self_hosted"]),
]
