TEAM = "graph"
TICKETS = [
dict(subject="All precise code intel uploads deleted after upgrade",
description="""After upgrading to 5.3.0 yesterday, Site admin > Code graph > Uploads went from ~18,400 completed uploads to 212. The worker logs show the janitor removing them en masse:

{"level":"info","scope":"codeintel-upload-janitor","msg":"deleted expired uploads","count":5000}
{"level":"info","scope":"codeintel-upload-janitor","msg":"deleted expired uploads","count":5000}
{"level":"info","scope":"codeintel-upload-janitor","msg":"deleted expired uploads","count":5000}

Grafana "worker_job_codeintel-upload-janitor_count" spiked to 18k at 02:10. Our retention policy is "keep forever" for release tags, we checked. Many of those indexes were for old release branches built with toolchains we can't rebuild anymore, so this is real data loss for us. Please help us stop it and see whether anything can be recovered.""",
priority="se/p0", form="logs", tags=["urgent"], org_tags=["self_hosted","enterprise"]),

dict(subject="Go to definition broken in all repos after upgrade",
description="""Sourcegraph version: 5.2.5 -> 5.2.6
Platform information: Kubernetes (helm)

Steps to reproduce:
1. open any Go or TypeScript file
2. click a function call > "Go to definition"

Expected behavior: jumps to definition (precise, we upload SCIP for all main repos)

Actual behavior: spinner, then "No definition found". Find references also empty. Same for all our repos and all users since the upgrade. Code search works fine.

Additional context: browser console shows `POST /.api/graphql?CodeIntelDefinitions 500`""",
priority="se/p1", form="template", tags=[], org_tags=["self_hosted"]),

dict(subject="uploads stuck queued for 3 days",
description="""critical_precise-code-intel-worker_codeintel_upload_queued_max_age
  description: precise-code-intel-worker: 18000s+ upload queue age

Code graph > Uploads shows 2,300 uploads "Queued" and nothing "Processing". precise-code-intel-worker pods are Running, logs only print:

{"level":"warn","msg":"dequeue","error":"no handler available"}

Since almost all our repos rely on CI-uploaded indexes, precise navigation is stale or missing for most teams.""",
priority="se/p1", form="logs", tags=[], org_tags=["self_hosted","enterprise"]),

dict(subject="the little popup when I hover is gone",
description="""hi, since some days the small box which come when I put the mouse on a function (with the type and the comment) does not come anymore. not for me and not for my colleagues in the whole team, in all the repositories. before it was very useful, now we must open every file manually. we did not change anything. can you check please?""",
priority="se/p1", form="non-native", tags=[], org_tags=["managed_instance"]),

dict(subject="Re: POC – Java auto-indexing failing",
description="""Hi Jordan,

Thanks for setting up auto-indexing on our POC instance. Unfortunately every Java index job fails. From Code graph > Precise indexes > job log:

  $ scip-java index --build-tool=gradle
  > Task :compileJava FAILED
  error: cannot access javax.annotation.Nonnull  class file for javax.annotation.Nonnull not found
  ERROR: indexer exited with code 1

Our repos build fine in our own CI (we use an internal Gradle plugin repo). Our steering committee looks at the POC results on the 28th and "precise navigation for Java" is one of the three success criteria, so we'd really appreciate help before then.

Regards,
Lukas Berger
Principal Engineer, Hartwell Systems

> From: Jordan (Sourcegraph SE)
> Auto-indexing is enabled for your 40 Java repos, you should see indexes by tomorrow.""",
priority="se/p1", form="email-thread", tags=["poc"], org_tags=["poc","prospect"]),

dict(subject="src code-intel upload: unsupported SCIP version",
description="""From our GitLab CI job:

$ src code-intel upload -file=index.scip -repo=gitlab.corp.example/platform/auth -commit=$CI_COMMIT_SHA
💡 Inferred arguments
   repo: gitlab.corp.example/platform/auth
   commit: 8c1f2e...
   indexer: scip-typescript
✱ Upload succeeded (id 88123)

…but then in the UI the upload errors with:
  "failed to process upload: unsupported SCIP document version (expected 0, got 1)"

Only the repos where we bumped scip-typescript. Old indexer still works, so we rolled those back.""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="auto-indexing policy doesn't trigger for Python repos",
description="""Configured this in Code graph > Configuration > Auto-indexing for one repo, but no index jobs get scheduled:

```json
{
  "index_jobs": [
    {
      "steps": [
        { "root": "", "image": "python:3.11", "commands": ["pip install -r requirements.txt"] }
      ],
      "indexer": "sourcegraph/scip-python:latest",
      "indexer_args": ["scip-python", "index", ".", "--project-name", "billing"],
      "root": "",
      "outfile": "index.scip"
    }
  ]
}
```

Global policy "HEAD of default branch, auto-index enabled" exists. Go repos get indexed automatically. Are python repos supported for auto-indexing?""",
priority="se/p2", form="config", tags=[], org_tags=["self_hosted"]),

dict(subject="warning_worker_container_memory_usage",
description="""warning_worker_container_memory_usage
worker: 80%+ container memory usage by instance
firing ~3x a day for 20min, then resolves

our helm values for it:

```yaml
worker:
  replicaCount: 1
  resources:
    requests:
      memory: 2Gi
    limits:
      cpu: "2"
      memory: 4Gi
```

anything we should tune? everything seems to work.""",
priority="se/p2", form="config", tags=[], org_tags=["self_hosted"]),

dict(subject="executor processor error rate alert",
description="""Grafana panel "Executor processor error rate" sits at 40% and we got warning executor: executor processor error rate. Some auto-index jobs succeed, many fail with "failed to pull image: toomanyrequests" in the job logs. Guess it's Docker Hub throttling? Code nav still works for repos that indexed earlier.""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="Terraform files highlighted in the wrong colors",
description="""## Issue
`.tf` files render with weird highlighting: everything after the first `${` inside a string is colored as a string until the end of the file.

![bad highlighting](https://screens.example/hcl-highlight.png)

## Notes
Only cosmetic, code is still readable. Happens for all HCL files we've looked at.""",
priority="se/p3", form="markdown", tags=[], org_tags=["self_hosted"]),

dict(subject="symbols sidebar empty for some repos",
description="""The Symbols panel on the left says "No symbols found" in about 15 of our repos (all C++ with very large headers). Other repos are fine. symbols service log:

{"level":"warn","msg":"ctags: skipping file","path":"third_party/generated/big_table.h","reason":"file too large"}
{"level":"error","msg":"parse","repo":"git.corp.example/engine/core","err":"ctags process exited unexpectedly: signal: killed"}

screenshot of the empty sidebar: https://screens.example/symbols-empty.png""",
priority="se/p2", form="mixed", tags=[], org_tags=["self_hosted"]),

dict(subject="Find references only shows search-based results",
description="""**Sourcegraph version:** 5.3.1
**Platform information:** <!-- e.g. Kubernetes/docker-compose/managed -->

**Steps to reproduce:**
1. open `packages/ui/src/Button.tsx` in our TS monorepo
2. Find references on `Button`

**Expected behavior:** precise references (we upload scip-typescript every commit, Uploads page says "Completed")

**Actual behavior:** results are labeled "search-based" and include lots of false positives

**Additional context:**
<!-- Add any other context about the problem here. -->""",
priority="se/p2", form="template", tags=[], org_tags=[]),

dict(subject="symbols OOM alert",
description="""[16:40] nina: getting critical_symbols_container_oomkill_events_total again
[16:41] omar: that's the symbols pod right? bump to 8G?
[16:41] nina: already 6G. it dies when someone opens the big C++ monorepo
[16:43] omar: users only see symbols missing in that repo, rest ok
[16:44] nina: I'll ask SG what the sizing guidance is""",
priority="se/p2", form="chat-paste", tags=[], org_tags=["self_hosted"]),

dict(subject="Precise navigation for Scala?",
description="""We have about 300 Scala repos and only get search-based navigation on them. Is there an indexer for Scala (sbt builds) or is one planned? This would be the main thing our Scala teams ask for.""",
priority="se/p2", form="plain", tags=["feature-request"], org_tags=["enterprise"]),

dict(subject="\"Syntax highlighting failed\" on large files",
description="""Files over ~5k lines render as plain text with a yellow banner "Syntax highlighting failed, showing plain text". frontend logs:

t=2024-03-27T11:02:44Z lvl=warn msg="syntax highlighting took longer than 3s, falling back to plain text" file=src/legacy/Parser.java
t=2024-03-27T11:02:51Z lvl=warn msg="syntax highlighting took longer than 3s, falling back to plain text" file=db/schema_dump.sql

Readable, just annoying for the few big files people open a lot.""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="COBOL support?",
description="",
priority="se/p3", form="one-liner", tags=[], org_tags=["prospect"]),

dict(subject="scip-python in CI how",
description="""hi. we want to upload python index from jenkins. is it enough to run scip-python index in the repo root and then src code-intel upload? or we need install all dependencies first in the venv so it find the imports? 谢谢""",
priority="se/p3", form="non-native", tags=[], org_tags=["self_hosted"]),

dict(subject="docs for src code-intel upload list a flag that no longer exists",
description="""## Page
The "Upload SCIP data" page in the code navigation docs.

## Problem
It shows `src code-intel upload -github-token=$GITHUB_TOKEN`, but `src` 5.3 says `flag provided but not defined: -github-token`. Looks like it's now `-gitlab-token`/`-github-token` removed in favor of something else? The page itself loads fine.

No hurry, we figured it out.""",
priority="se/p3", form="markdown", tags=["docs"], org_tags=["self_hosted"]),

dict(subject="search-based vs precise navigation, what's the difference?",
description="",
priority="se/p3", form="one-liner", tags=[], org_tags=[]),

dict(subject="Re: cross-repo go to definition",
description="""Hello,

> Do you have SCIP uploads for both repositories?

Yes. `orders-service` depends on `common-lib` (Maven, same groupId). Both have completed precise uploads on the default branch. Go to definition on a `common-lib` class from `orders-service` falls back to search-based and sometimes goes to a test copy of the class. Within one repo everything is precise. A couple of teams noticed; not blocking, they use search.

Best,
Tanvir Rahman

> On Wed, Support wrote:
> > Thanks Tanvir. Do you have SCIP uploads for both repositories?
> >
> > > Hello, cross-repository navigation doesn't seem to work for us...""",
priority="se/p2", form="email-thread", tags=[], org_tags=["enterprise"]),
]
