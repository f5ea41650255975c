from common import T

TEAM = "graph"
QS, PEM, HAL, TS, BM, FH, EAST, CDSA, ARV = ("Quillstone Software", "Pemberton Systems", "Halvard Games",
    "Tessellate Labs", "Brightmarsh Interactive", "Fernhollow Software", "University of Eastmoor",
    "Commonwealth Digital Services Agency", "Arvenian Statistics Office")

TICKETS = [
T("G01", TEAM, PEM, "se/p2", "logs",
  "codeintel_upload_queued_max_age firing - SCIP uploads stuck for hours",
  """
[FIRING:1] codeintel_upload_queued_max_age (precise-code-intel-worker critical)
  description: precise-code-intel-worker: 18000s+ unprocessed upload record queue longest time in queue

Our CI uploads SCIP indexes for ~300 Go and TypeScript repos on every main build. Queue depth in Site admin > Code graph > Uploads: 1,940 "Queued", oldest 5h. Devs are getting search-based nav instead of precise on fresh commits.

$ kubectl -n devtools get deploy precise-code-intel-worker
NAME                        READY   UP-TO-DATE   AVAILABLE
precise-code-intel-worker   1/1     1            1

$ kubectl -n devtools logs deploy/precise-code-intel-worker --tail=3
{"SeverityText":"INFO","Body":"processing upload","Attributes":{"uploadID":884213,"repo":"ghe.pemberton.internal/pemberton/atlas-mono","size":"2.1GB"}}

It's been on that atlas-mono upload for 50 minutes. Should we scale the worker horizontally, and is there a way to stop one huge upload from blocking the rest?

Dana
""", tags=["precise", "scip", "uploads", "alert", "codeintel-worker"]),

T("G02", TEAM, PEM, "se/p2", "logs",
  "precise-code-intel-worker OOMKilled on atlas-mono uploads",
  """
Follow-up to the upload queue ticket. We scaled precise-code-intel-worker to 3 replicas as advised; the queue drains fine now EXCEPT when an atlas-mono upload comes in, which kills whichever worker grabs it:

[FIRING:1] container_oomkill_events_total (precise-code-intel-worker)

kubectl -n devtools describe pod precise-code-intel-worker-5b8c9-xj2lm | grep -B1 -A2 OOM
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Tue, 21 Nov 2023 08:41:13 +0000

Limit 8Gi. The upload is then retried and kills the next pod. Net effect: one of three workers is always restarting and the alert fires every morning. Is there a setting to cap the upload size, or should we give the workers 16Gi?

Dana
""", tags=["precise", "scip", "oomkill", "alert", "codeintel-worker"], recurs="G01"),

T("G03", TEAM, HAL, "se/p3", "email-thread",
  "Precise code navigation for Unreal C++?",
  """
Hi,

Our engineers like the code browser for search but go-to-definition on the Frostline engine (C++, Unreal-based) is hit and miss - it often offers 15 candidates for a common function name. I understand that's search-based navigation.

What would it take to get precise navigation for a C++ codebase of our size (~60k source files, built with UnrealBuildTool, not CMake)? Is scip-clang the right tool, and does it need a compile_commands.json?

Thanks,
Mikael Strand
Build & Infra, Halvard Games

> From: Yusuf Demir
> Mikael, can we get proper jump-to-def in SG? Searching for "Tick(" gives me 900 hits
""", tags=["c++", "scip-clang", "precise", "question"]),

T("G04", TEAM, HAL, "se/p2", "logs",
  "scip-clang indexing of Frostline fails",
  """
Following the advice on the earlier C++ ticket we generated compile_commands.json via UBT (-mode=GenerateClangDatabase) and ran scip-clang on a build agent.

$ scip-clang --compdb-path=compile_commands.json --jobs 32
[info] Loaded 61,204 compilation commands
...
[error] worker 17 timed out processing FrostlineRender/Private/DeferredShading.cpp (timeout 300s)
[error] worker 4 crashed: signal 11 while processing Engine/Source/Runtime/Core/Private/HAL/MallocBinned3.cpp
[warn] 412 files failed, index will be partial
[info] wrote index.scip (3.4 GB)

Then:
$ src code-intel upload -file=index.scip -repo=perforce/frostline/main -commit=<synthetic>
error: upload failed: 413 Request Entity Too Large

Two problems: the crashes/timeouts, and the upload size. Ingress is nginx in front of sg-prod.

Mikael
""", tags=["c++", "scip-clang", "precise", "upload"], recurs="G03"),

T("G05", TEAM, QS, "se/p2", "template",
  "Hover shows wrong definition for Go methods (QS Search)",
  """
**Summary**
Hovering a method call in Go code on QS Search shows the doc/signature of a different method with the same name from another package.

**Steps to reproduce**
1. Open `quillstone-eng/billing-core/internal/invoice/service.go`
2. Hover `s.store.Get(ctx, id)` on line 88
3. Tooltip shows `func (c *Cache) Get(key string) ([]byte, bool)` from `internal/cache`

**Expected**
`func (s *PGStore) Get(ctx context.Context, id InvoiceID) (*Invoice, error)`

**Actual**
Wrong hover. "Go to definition" also lands in the cache package. Tooltip has the "search-based" badge.

**Env**
Managed instance. We do NOT upload SCIP for billing-core yet.

**Notes**
Is this expected for search-based? If so, what's the quickest way to get precise for Go?

Tom Becker
""", tags=["go", "hover", "search-based", "navigation"]),

T("G06", TEAM, EAST, "se/p2", "chat-paste",
  "find references super slow on python repos",
  """
<ravi_k> another codefind thing: "find references" on python code takes 30-60s and then shows like 3 results
<ravi_k> example: git.cs.eastmoor.internal/nlp-lab/tokenizers, function normalize_unicode, used in 40+ places
<ravi_k> go to def works ok-ish
<ravi_k> we dont upload any lsif/scip stuff, is that the issue? is there a python indexer that works for research code (no setup.py half the time lol)
""", tags=["python", "find-references", "performance", "search-based"]),

T("G07", TEAM, CDSA, "se/p2", "template",
  "executor_processor_error_rate alert - auto-indexing jobs failing",
  """
SUMMARY:
executor_processor_error_rate alert firing since auto-indexing was enabled for Java repositories.

ENVIRONMENT:
- Air-gapped Kubernetes, cdsa-sg 5.1.8
- Executors: 2 VMs (exec-01/02.cdsa.internal), docker mode (no firecracker)
- Auto-indexing enabled for `gitlab.cdsa.internal/benefits/*`

STEPS TO REPRODUCE:
1. Enable auto-indexing policy
2. Observe Site admin > Code graph > Auto-indexing jobs

EXPECTED RESULT:
Indexes produced.

ACTUAL RESULT:
All jobs errored: `docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: no such host`
Alert: executor: executor_processor_error_rate 100%

IMPACT:
No precise navigation for benefits Java services. Alert noise.

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield
""", tags=["auto-indexing", "executors", "alert", "air-gapped", "java"]),

T("G08", TEAM, CDSA, "se/p2", "logs",
  "executor_handlers alert: zero handlers after the indexer image fix",
  """
Continuation of Denise's auto-indexing ticket. We mirrored the indexer images into registry.cdsa.internal and set the executor to use it; jobs started succeeding. After a reboot of exec-02 over the weekend we now get:

  executor: executor_handlers  - 0 active executor handlers (critical)

exec-02 journal:
Dec 04 07:12:03 exec-02 executor[981]: {"SeverityText":"ERROR","Body":"validate docker","Attributes":{"error":"docker daemon not reachable: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock"}}

exec-01 looks idle but healthy. The auto-indexing queue is backing up (~600 jobs). Did the executor user lose its docker group membership on reboot, or is something else going on?

Marcus Tran
CDSA Platform Operations
""", tags=["executors", "auto-indexing", "alert", "air-gapped"], recurs="G07"),

T("G09", TEAM, ARV, "se/p2", "non-native",
  "No syntax highlight for SAS and COBOL files",
  """
Hello,

Many of our statistical programs are in SAS (.sas files) and some older ones in COBOL (.cbl, .cpy). In Kodas these files are showing as plain text, without colours. Also the symbols on left side are empty for them. Python and R files are OK.

Is it possible to add highlight for these languages, or configure it ourself? It would help the statisticians very much to read the code.

Regards,
Tomasz Wierzbicki
""", tags=["syntax-highlighting", "cobol", "sas", "feature-request"]),

T("G10", TEAM, "one-off", "se/p2", "logs",
  "symbols container memory alert on huge repo",
  """
alert: symbols container_memory_usage warning, fires whenever someone opens the symbols sidebar on our `kernel-fork` repo (Linux kernel fork, ~75k files).

kubectl top pod symbols-0 -> 5.8Gi / 6Gi
symbols log: {"SeverityText":"WARN","Body":"ctags: parse took too long","Attributes":{"repo":"git.brackenridge.internal/platform/kernel-fork","duration":"212s"}}

Rest of the instance is fine. Do we need more memory for symbols or can we exclude paths (drivers/, arch/ except x86) from symbol parsing?

— Olu Adebayo, Brackenridge Software (self-hosted helm 5.2.4)
""", tags=["symbols", "ctags", "alert", "memory"], org_tags=["self-hosted", "enterprise"]),

T("G11", TEAM, BM, "se/p2", "non-native",
  "C# Unity index upload is rejected",
  """
Hello,

We try precise code navigation for our Unity project (C#). We generated index with scip-dotnet in our CI and upload with src CLI:

  src code-intel upload -file=index.scip -repo=github.com/brightmarsh/lanternfall-client
  error: unknown indexer "scip-dotnet", upload is rejected

Our src CLI version is 5.0.3, instance is brightmarsh.managed.example. Maybe we need new CLI? Also the Unity project has many generated .csproj files, is it problem?

Thank you,
Kenji Watanabe
""", tags=["c#", "scip-dotnet", "upload", "src-cli"]),

T("G12", TEAM, "one-off", "se/p3", "markdown",
  "scip-java with multi-module Gradle - one upload or many?",
  """
We have a Gradle multi-project build (~45 subprojects) in one repo. Questions:

1. Should we run `scip-java index` once at the root and upload one index, or one per subproject with `-root`?
2. Cross-module navigation (module A → class in module B) - does that work with a single root upload?
3. Any recommended JVM memory for the indexer? Build agents have 8 GB.

Context: self-hosted 5.2.3, CI is Jenkins.

Thanks, Wren Takahashi — Polder Logistics Software
""", tags=["java", "scip-java", "gradle", "how-to"], org_tags=["self-hosted", "enterprise"]),

T("G13", TEAM, TS, "se/p1", "chat-paste",
  "precise nav not kicking in for TS during POC",
  """
amir.haddad  14:31
ok next POC hurdle: we uploaded scip-typescript indexes for `tessellate/web-app` via github actions, upload shows "Completed" in the UI
amir.haddad  14:32
but hovers still say "search-based" and find refs is fuzzy
amir.haddad  14:33
upload was for commit a81f3c2, which is HEAD of main. root is `packages/web-app/` (it's a pnpm monorepo)
amir.haddad  14:35
precise nav is one of the 5 eval criteria, scoring session is friday 🙏
""", tags=["poc", "typescript", "scip-typescript", "precise"]),

T("G14", TEAM, FH, "se/p2", "chat-paste",
  "commitgraph updater alert in site admin",
  """
sam.ortiz: new banner in site admin on code.fernhollow.example: "worker: codeintel_commit_graph_queued_max_age" warning
sam.ortiz: at the same time devs say precise nav on `fernhollow/platform/auth-service` shows "index is for an older commit" for like a day after merges
sam.ortiz: we upload scip from gitlab CI on every merge to main, uploads look processed
sam.ortiz: is the commit graph just slow to update on our instance?
""", tags=["commit-graph", "alert", "precise", "worker"]),

T("G15", TEAM, "one-off", "se/p2", "one-liner",
  "Rust files: symbols panel empty",
  "",
  tags=["rust", "symbols", "ctags"], org_tags=["managed-instance", "enterprise"]),

T("G16", TEAM, "one-off", "se/p2", "markdown",
  "Go to definition jumps into vendor/ instead of module source",
  """
**Repo:** `ghe.kessler.internal/platform/ledger` (Go, modules + `vendor/` checked in)

**Problem:** Go-to-definition on any imported symbol (e.g. `zap.Logger`) opens `vendor/go.uber.org/zap/logger.go` inside the same repo instead of the `go.uber.org/zap` repo we have indexed. We do upload scip-go indexes from CI.

**Expected:** jump to the dependency's own repo (that's what we see for repos without vendor/).

**Question:** is there a flag to make scip-go ignore vendor/, or is this expected?

Kessler Robotics, self-hosted 5.2.4 — Adaeze Umeh
""", tags=["go", "scip-go", "vendor", "navigation"], org_tags=["self-hosted", "enterprise"]),

T("G17", TEAM, HAL, "se/p2", "mixed",
  "Frostline scip upload failing again on new engine branch",
  """
Hey, picking up the C++ indexing topic from Mikael (he's on leave). The fix for the upload size (raising proxy-body-size on the ingress + splitting the index) worked on //frostline/main. We set up the same CI job for the new branch //frostline/rel-5.4 and it fails:

```
$ src code-intel upload -file=index-part-03.scip -repo=perforce/frostline/rel-5.4 -commit=8fb3...
error: unknown commit 8fb3e1d2... for repository perforce/frostline/rel-5.4
```

The repo exists in SG and is synced. I think the "commit" we compute from the changelist doesn't match what SG generates for the depot? For main we got it from the SG UI by hand which is not going to work in CI.

Jun
""", tags=["c++", "scip-clang", "perforce", "upload"], recurs="G04"),

T("G18", TEAM, "one-off", "se/p2", "email-thread",
  "Kotlin navigation shows Java classes with the same name",
  """
Hi,

In Kotlin files, clicking a type like `Config` goes to a random Java `Config` class from another repository instead of our Kotlin data class in the same package. We understand this is search-based navigation, but it's noticeably worse than for Java. Is there a precise indexer for Kotlin, or any way to scope search-based nav to the same repository first?

Regards,
Linnea Dahl
Android Platform Lead, Sporvei Mobility

> Linnea, please raise with vendor, the Android team keeps complaining. — CTO
""", tags=["kotlin", "search-based", "navigation"], org_tags=["managed-instance", "enterprise"]),

T("G19", TEAM, QS, "se/p2", "template",
  "Go hover still wrong on billing-core even with SCIP uploads",
  """
**Summary**
Following the October ticket we set up scip-go uploads for billing-core. Uploads complete, hovers show "precise", but some methods still resolve to the wrong type.

**Steps to reproduce**
1. Open `quillstone-eng/billing-core/internal/invoice/service.go` at main
2. Hover `s.store.Get` (line 91 now)
3. Shows `(*MemStore).Get` from `internal/invoice/memstore_test.go`

**Expected**
`(*PGStore).Get`

**Actual**
Resolves to a test-only implementation. Our CI runs `scip-go` with default flags.

**Env**
Managed instance, scip-go via GitHub Actions, upload for HEAD.

Tom
""", tags=["go", "scip-go", "hover", "precise"], recurs="G05"),

T("G20", TEAM, "one-off", "se/p2", "email-thread",
  "Large shader files show as plain text",
  """
Hello,

Our HLSL and GLSL shader files over a certain size show up with no syntax highlighting at all in the file view, and sometimes the page says "Syntax highlighting took too long". Smaller shader files are highlighted. Our admin mentioned "syntect-server" - is there a limit we can raise, or is this per language?

Best,
Tobias Lindgren
Rendering Lead, Glasswing Studios

> Tobias - ticket it with Sourcegraph. I checked the syntect-server container and it's not restarting, so not a resource problem on our side. - Petra (IT)
""", tags=["syntax-highlighting", "hlsl", "glsl", "timeout"], org_tags=["self-hosted", "enterprise", "game-studio"]),
]
