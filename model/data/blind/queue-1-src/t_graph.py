from common import T

TEAM = "graph"
TICKETS = [
T("gr01", "HGM", "markdown", "se/p2",
"Java go-to-definition in payments-core: 'no precise data' despite successful upload",
r"""
## Summary
Go to definition in `hgm-payments/payments-core` (Java, Gradle, ~2M LOC) falls back to search-based results even though our CI uploads a SCIP index on every main build.

## Evidence
- Repo > Code graph data page shows uploads as **Completed** for the last 20 commits
- Hovering any symbol says "Search-based" in the badge
- Upload command in Jenkins:
```
src code-intel upload -file=index.scip -repo=github.harrowgate.internal/hgm-payments/payments-core -commit=$GIT_COMMIT -root=services/ledger
```

## Suspicion
We pass `-root=services/ledger` because the indexer runs in that subfolder, but devs mostly browse `services/ledger/src/...`. Could the root be doubled?

Arjun Mehta, Payments Core
Lantern 5.4.1
""", ["code-intel", "precise", "java", "scip", "upload"]),

T("gr02", "QHC", "logs", "se/p2",
"codeintel_upload_queued_max_age alert on Atlas",
r"""
Hello,

Since Friday we have this alert:

  [FIRING] codeintel_upload_queued_max_age  service_name=precise-code-intel-worker  level=warning
  description: precise-code-intel-worker: 18000s+ unprocessed upload record queue longest time in queue

In site admin > Code graph > Uploads I see ~1,900 uploads "Queued", oldest from Friday morning. precise-code-intel-worker pod is Running, logs show it processes one upload each 3-4 minutes:

  INFO codeintel.uploads.processor  processed upload {"id":884211,"repo":"ghes.quayhaven.internal/quant/pricing-lib","duration":"3m41s"}

Our CI uploads SCIP for every commit of every branch now (a team changed their pipeline). What is the best config here, more replicas of worker or filter the uploads?

Hélène Marchand
""", ["code-intel", "alert", "upload-queue", "precise-code-intel-worker"]),

T("gr03", "QHC", "chat-paste", "se/p2",
"precise upload queue growing again",
r"""
#atlas-ops
theo.grant 08:50  codeintel_upload_queued_max_age firing again on atlas, queue at 2.3k
theo.grant 08:51  we scaled precise-code-intel-worker to 3 replicas after the last ticket, that fixed it for a month
helene.marchand 08:55  the pricing-lib team reverted their "upload on every branch" change, but now risk-engine team started doing it with a monorepo of 40 subprojects -> 40 uploads per commit
theo.grant 08:57  can we enforce upload limits server side? asking support

Atlas 5.2.3.
""", ["code-intel", "alert", "upload-queue"], recurs="gr02"),

T("gr04", "NSB", "logs", "se/p2",
"worker container_memory_usage critical on Fyren",
r"""
Hello,

Alert from Fyren this week, several times per day:

  alertname=container_memory_usage service_name=worker level=critical namespace=fyren
  description: worker: 99%+ container memory usage by instance

worker pod memory is at the limit 4Gi, it is not OOMKilled yet but near. In worker logs many lines of codeintel commitgraph updater:

  INFO codeintel.commitgraph  updating commit graph {"repo":"bitbucket.norrsken.internal/CORE/ledger-platform","commits":148223}

ledger-platform is our biggest repo with precise code intel enabled (auto-indexing for Java). Should we give more memory or is the commit graph for this repo too big?

Lars Ekdahl
""", ["alert", "worker", "memory", "commit-graph", "code-intel"]),

T("gr05", "PRG", "template", "se/p2",
"Find references in storefront (TypeScript) shows every result twice",
r"""
**Summary**
Since the SG upgrade last week, "Find references" in TypeScript files lists each reference twice.

**Impact**
Annoying rather than blocking, but the refs panel for common utilities goes from 300 to 600 entries and paging breaks.

**Steps to reproduce**
1. Open `pellucid-retail/storefront`, `src/cart/priceFormatter.ts`
2. Right-click `formatPrice` > Find references

**Expected**
Each call site once.

**Actual**
Each call site appears twice; one row tagged "Precise", the other "Search-based".

**Environment**
Managed instance, 5.4.x; SCIP uploads from GitHub Actions via scip-typescript.

Marisol Ortega
""", ["code-intel", "find-references", "typescript", "duplicates"]),

T("gr06", "TWL", "markdown", "se/p2",
"Duplicate references in TS monorepo",
r"""
Hi,

Probably a known one: in our code browser, references for TypeScript symbols in `tidewater-log/dispatch-web` show up twice - one precise, one search-based, same file + line.

- Started after the upgrade to 5.4.x on our managed instance
- Go-to-definition is fine
- Only TypeScript; our Go repos look correct

Is there a fix scheduled or a setting to hide search-based results when precise exist?

Femi
""", ["code-intel", "find-references", "typescript", "duplicates"], recurs="gr05"),

T("gr07", "BMS", "template", "se/p2",
"[BUG] Kotlin files render as plain text",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) Low
Component: syntax highlighting
Reporter: Sanjay Pillai

Steps to reproduce:
1. Open any .kt file in brightmarket/scan-and-go-android on sg.brightmarket.internal

Expected:
Highlighted Kotlin

Actual:
Plain text, no colours. .java files in the same repo are highlighted. .kts (Gradle) files also plain.

Logs: (attach logs here)

Additional context:
Our Android team just moved to sg from the GitLab UI and this is the first thing they noticed. docker-compose 5.3.2.
""", ["syntax-highlighting", "kotlin"]),

T("gr08", "one-off", "non-native", "se/p3",
"How to enable auto-indexing for Python repos",
r"""
Hello,

We would like precise navigation for our Python repositories (around 200 repos, poetry). I see in the docs auto-indexing, but not understand if it need executors and if Python is supported in auto mode or we must write index configuration per repository?

Best regards
Kateryna Bondar, Dnipro Freight Systems
""", ["code-intel", "auto-indexing", "python", "question"], org_tags=["self-hosted", "kubernetes", "logistics"]),

T("gr09", "one-off", "email-thread", "se/p3",
"Code navigation for COBOL / PL/I",
r"""
Hello,

Before we bring our mainframe source (COBOL, PL/I, JCL) into Sourcegraph, we'd like to know what code navigation works for those languages: search-based only? Any precise indexers?

Thanks,
Roberta Quinn
Mainframe Engineering, Ashcombe Building Society

> Our CE said to send this to support.
""", ["code-intel", "cobol", "question"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("gr10", "FST", "non-native", "se/p1",
"POC: C# precise code intel upload fail",
r"""
Hello,

For the POC success criteria we need precise navigation for C# (.NET 8) in our main repo from Azure DevOps Server (tfs.fennimore.internal/Core/_git/loan-origination). I run scip-dotnet in the pipeline, the index.scip is created (45 MB), but the upload fail:

  $ src code-intel upload -file=index.scip
  error: unexpected status code 422: repository "tfs.fennimore.internal/Core/_git/loan-origination" not found

In the POC instance the repository name appear as "tfs.fennimore.internal/Core/loan-origination" (without _git). I try with -repo flag with this name, then upload is ok but the status stay "Errored: commit not found". The demo of the POC criteria is on Thursday.

Carla Duarte
""", ["code-intel", "csharp", "upload", "poc", "azure-devops"]),

T("gr11", "HGM", "logs", "se/p2",
"executor_processor_error_rate alert, auto-index jobs failing",
r"""
Hi,

Since Tuesday:

  [FIRING] executor_processor_error_rate  service_name=executor level=warning
  description: executor: 100%+ executor processor error rate over 20m

Executors are the 4 Kubernetes executor pods (namespace lantern-executors) running auto-indexing jobs. Site admin > Code graph > Auto-indexing shows most Java and Go jobs "Errored":

  step "indexer" failed: exit status 1
  docker: Error response from daemon: pull access denied for sourcegraph/scip-java, repository does not exist or may require 'docker login'

We point executors at our internal registry mirror (registry.harrowgate.internal). Did the indexer image name change in 5.4.1? Lantern upgraded last weekend.

Dmitri
""", ["alert", "executors", "auto-indexing", "code-intel"]),

T("gr12", "HGM", "email-thread", "se/p2",
"Auto-indexing alarms are back",
r"""
The auto-indexing alarms are back. Dmitri says it is the same executor error alert as a few weeks ago. Please look at this properly this time.

Sarah Whitcombe
Head of Developer Platform | Harrowgate Mutual

> From: Dmitri Volkov
> executor_processor_error_rate firing again since the mirror cleanup job ran on Sunday. This time the errors are "manifest unknown" for scip-go. Java indexing OK. Executors unchanged.
""", ["alert", "executors", "auto-indexing"], recurs="gr11"),

T("gr13", "MPS", "chat-paste", "se/p2",
"hover tooltips stuck on 'Loading' for GitLab repos",
r"""
Wei Zhang [13:40]
on meridian.sourcegraphcloud.example hovering any symbol in linehaul/route-planner (Go) shows "Loading..." forever
Wei Zhang [13:41]
go to definition from the same symbol works after ~10s
Wei Zhang [13:43]
network tab: POST /.api/graphql?CodeIntelHover pending for 30s then 504
Wei Zhang [13:44]
other repos (smaller ones) hover fine. route-planner has ~9k Go files
""", ["code-intel", "hover", "go", "timeout"]),

T("gr14", "one-off", "one-liner", "se/p3",
"search-based code nav for Rust?",
r"""
Does search-based code navigation work for Rust, or do we need rust-analyzer indexing?
""", ["code-intel", "rust", "question"], org_tags=["self-hosted", "enterprise"]),

T("gr15", "NSB", "non-native", "se/p2",
"symbols sidebar empty and symbols pod killed",
r"""
Hi,

In Fyren the Symbols panel is empty for our big repos (ledger-platform, core-banking-gw), and symbol search "type:symbol" gives timeout. I see alert:

  container_oomkill_events_total service_name=symbols level=warning

and kubectl show the symbols pod restart 31 times in 2 days (OOMKilled, limit 4Gi). Small repos work fine. What is recommended memory for symbols with repos of 3-4 GB? Or can we exclude some paths (generated code) from symbols?

Mvh
Lars
""", ["symbols", "oomkill", "alert", "code-intel"]),

T("gr16", "NSB", "logs", "se/p2",
"symbols OOM again after upgrade to 5.3.4",
r"""
Hello,

After your advice we set symbols memory to 8Gi and it was stable. Yesterday we upgraded Fyren to 5.3.4 and now again:

  ALERTS{alertname="container_oomkill_events_total",service_name="symbols",level="warning"} 1

  kubectl -n fyren get pod symbols-0 -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason}'
  OOMKilled

  symbols log before kill:
  INFO symbols.parser  parsing {"repo":"bitbucket.norrsken.internal/CORE/ledger-platform","files":61234}

Did 5.3.4 change the parser memory use? Values unchanged (8Gi).

/Lars Ekdahl
""", ["symbols", "oomkill", "alert", "upgrade"], recurs="gr15"),

T("gr17", "one-off", "markdown", "se/p2",
"Feature request: cross-repo go-to-definition with go.mod replace",
r"""
**Request:** cross-repository precise navigation for Go modules that are wired together via `replace` directives pointing at sibling repos.

**Today:** go-to-definition from `svc-orders` into `lib-pricing` works only when `lib-pricing` is a tagged version; with `replace ../lib-pricing` it falls back to search-based.

**Why it matters:** most of our 80 Go services use replace during development.

Hugo Martel, Platform, Bellhaven Retail
""", ["code-intel", "go", "cross-repo", "feature-request"], org_tags=["self-hosted", "kubernetes", "enterprise", "retail"]),

T("gr18", "PRG", "one-liner", "se/p2",
"code nav broken in storefront since Tuesday",
"", ["code-intel"], recurs="gr05"),

T("gr19", "one-off", "logs", "se/p2",
"scip-typescript runs out of memory in CI",
r"""
Hi,

scip-typescript crashes on our frontend monorepo in CI (GitLab runner, 8 GB):

  $ npx scip-typescript index --yarn-workspaces
  + packages/checkout-ui (1/47)
  ...
  + packages/warehouse-dashboard (31/47)
  <--- Last few GCs --->
  FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory

NODE_OPTIONS=--max-old-space-size=6144 gets us to package 38. Can we index packages separately and upload multiple indexes per commit with different roots?

Lukas Brenner, Spedition Alpenland
""", ["code-intel", "scip-typescript", "oom", "ci"], org_tags=["self-hosted", "kubernetes", "logistics"]),

T("gr20", "one-off", "template", "se/p2",
"precise-code-intel-worker OOMKilled alerts",
r"""
### Describe the problem
`container_oomkill_events_total` firing for `precise-code-intel-worker` several times a day.

### Steps to reproduce / when it happens
Seems to happen when the nightly Java SCIP uploads of our 3 biggest repos arrive (each 600-900 MB).

### Environment
- Deployment: docker-compose on a single VM (64 GB)
- Version: 5.3.x
- Worker memory limit: 4g (compose default, not changed)

### What you've tried
Nothing yet; want to know the recommended limit before we touch the compose file.

<!-- Please attach logs if you have them -->

Chloe Barnard, Tillbury Home Retail
""", ["alert", "precise-code-intel-worker", "oomkill", "code-intel"], org_tags=["self-hosted", "docker-compose", "retail"]),
]
