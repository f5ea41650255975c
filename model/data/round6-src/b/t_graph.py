from common import make

T = make("graph")

TICKETS = [
T(1, "Go to definition broken on all Java repos after 5.4 upgrade", r"""
**Sourcegraph version:** 5.4.1 (from 5.3.6)
**Platform information:** Kubernetes / Helm, uploads from Jenkins with scip-java

**Steps to reproduce:**
1. Open any Java file in any of our ~600 Java repos
2. Click a method name → "Go to definition"

**Expected behavior:** jumps to the definition (precise, worked last week)
**Actual behavior:** "No definition found". Hover shows nothing either. Uploads page lists the latest uploads as "Completed", but the file view badge says "Search-based".

Nobody on the Java side has working navigation and we're ~70% Java. Go/TS repos seem fine.
""", "se/p1", "template", [], ["self_hosted"]),

T(2, "precise-code-intel-worker keeps dying, upload queue growing", r"""
Two alerts since last night:

critical_precise-code-intel-worker_codeintel_upload_queued_max_age  (queued upload older than 18000s)
warning_precise-code-intel-worker_container_oomkill_events_total

$ kubectl get pods -l app=precise-code-intel-worker
NAME                                         READY  STATUS      RESTARTS
precise-code-intel-worker-6f5d7b9c4-tnm2x    0/1    OOMKilled   23

Queue is at 1,940 uploads. No new precise data for any repo since yesterday; every team's CI is uploading into a black hole. Limit is 4Gi; biggest index is ~2.5 GB uncompressed.
""", "se/p1", "logs", [], ["self_hosted"]),

T(3, "Sourcegraph slow", r"""
Not really "slow" overall — search is quick. It's hovering: when you put the mouse over any identifier the tooltip just spins forever, for everyone, on every repo we tried. Clicking "Find references" also spins. Started today ~11:00. Browser devtools shows the `codeIntel` GraphQL request pending until it times out after 60s.
""", "se/p1", "plain", [], ["enterprise"]),

T(4, "[CI] code-intel upload failed (413)", r"""
Build #8812 — pipeline `monolith-main` — stage `scip-upload` FAILED

+ src code-intel upload -file=index.scip -repo=git.pinecrest.example/core/monolith -commit=$GIT_COMMIT
Uploading index.scip (1.84 GB)...
error: unexpected status code 413: <html><head><title>413 Request Entity Too Large</title></head></html>
script returned exit code 1

-----
Added by Pinecrest eval lead: smaller repos upload fine, only the monolith fails. The monolith is THE repo our POC is judged on (cross-repo nav demo on the 20th).
""", "se/p1", "logs", ["poc"], ["poc", "prospect"]),

T(5, "auto-indexing python: scip-python not found", r"""
Auto-indexing jobs for all our Python repos fail at the indexer step:

  /bin/sh: 1: scip-python: not found
  step "indexer" exited with code 127

The Go and TypeScript auto-index jobs succeed on the same executors. We haven't overridden the Python indexer image. Search-based nav still works for Python so people aren't blocked.
""", "se/p2", "logs", [], []),

T(6, "all code looks like plain grey text", r"""
hi, since this morning every file i open on our sourcegraph has no colors anymore, everything is grey. my colleague same. it was colorful yesterday. is this a setting? not blocking, just harder to read
""", "se/p2", "plain", [], ["self_hosted"]),

T(7, "commit graph queue alert, nav out of date everywhere", r"""
Subject: [FIRING] critical_worker_codeintel_commit_graph_queued_max_age

worker: 3600s+ time since oldest queued repository commit graph update
current value: 52,114s

Effect for us: code navigation on every repo is pinned to data from ~14h ago. New commits show "no precise data for this commit" and fall back to search-based for everyone. We have ~3k repos with precise uploads. Worker pod looks healthy (no restarts).
""", "se/p1", "email-thread", [], ["self_hosted"]),

T(8, "find references returns nothing in Go monorepo", r"""
Hello support,

from Tuesday, in our Go monorepo the "find references" give always empty list, for all developers. Go to definition is working. Before it was working fine. We use scip-go in GitHub Actions and upload is success (we see it in code graph data page, state Completed). We did not upgrade Sourcegraph. Please can you check, it is very important for us because the monorepo is 90% of our code.

Best regards,
Thanh Nguyen
""", "se/p1", "non-native", [], ["self_hosted"]),

T(9, "popup doesn't show the docs anymore", r"""
The box that pops up when I point at a function name used to show the comment above the function (like the description of the parameters). Now it only shows the signature line. It's in our TypeScript repos. Small thing but I used that a lot.
""", "se/p2", "plain", [], []),

T(10, "the thing that shows who else uses this function is wrong", r"""
when i click on a function and open the panel at the bottom that lists everywhere it's used, it shows places from a completely different service that just has a function with the same name. like `handleRefund` in billing shows usages from the support-tool repo which has its own `handleRefund`. is that expected?? we're a Kotlin + Java shop if that matters
""", "se/p2", "plain", [], ["enterprise"]),

T(11, "Feature request: precise navigation for Swift", r"""
## Request
Precise code navigation for Swift (iOS app, ~400k LOC).

## Current state
Only search-based navigation. With protocols and extensions it jumps to the wrong place most of the time.

## Would accept
Even a CI-side indexer we run ourselves and upload with `src code-intel upload`.
""", "se/p2", "markdown", ["feature_request"], ["enterprise"]),

T(12, "symbols sidebar empty for some files", r"""
Sourcegraph version: 5.3.9
Platform information:
Steps to reproduce: open `src/engine/renderer.cpp` in repo gfx/engine, open Symbols panel
Expected: list of classes/functions
Actual: "No symbols found". Other .cpp files in the same repo show symbols. File is ~9k lines. Also happens for a few big .h files.
<!-- Add screenshots if relevant -->
""", "se/p2", "template", [], []),

T(13, "re: case 5877 - upload still processing", r"""
> Please re-upload with the latest src-cli and let us know.

Done with src-cli 5.4.0 on Monday. The upload for `infra/platform-sdk` @ a91c3e2 is still "Processing" after 3 days. Other uploads from the same pipeline complete in minutes. Only this repo has the problem; nav there is search-based meanwhile.
""", "se/p2", "email-thread", [], []),

T(14, "auto-indexing policy not matching repos", r"""
Created this policy in the UI, then exported via GraphQL to show you:

{
  "name": "index-services",
  "repositoryPatterns": ["git.lumos.example/services/*"],
  "type": "GIT_TREE",
  "pattern": "HEAD",
  "indexingEnabled": true,
  "retentionEnabled": false
}

Preview says "0 repositories match". We have 140 repos under git.lumos.example/services/. If I put one full name without the wildcard it matches. What is the pattern syntax?
""", "se/p2", "config", [], ["self_hosted"]),

T(15, "symbols container memory usage warning", r"""
warning symbols: 90%+ container memory usage by instance

We see this a few times a week when someone opens a huge repo. The symbols pod restarts occasionally, symbols panel is empty for a minute then comes back. Limit is 2G. Raise to what?
""", "se/p2", "logs", [], ["self_hosted"]),

T(16, "example gitlab-ci job for uploading a SCIP index (typescript)?", r"""
""", "se/p3", "one-liner", [], []),

T(17, "Rust precise navigation supported?", r"""
or only search-based
""", "se/p3", "one-liner", [], []),

T(18, "COBOL", r"""
?
""", "se/p3", "one-liner", [], ["enterprise"]),

T(19, "Website chat: C++ compile_commands", r"""
[Chat transcript from sourcegraph.com widget]
Visitor: hey quick one
Visitor: for c++ precise nav do I need a compile_commands.json? we build with bazel
Bot: Thanks! A team member will follow up by email.
Visitor: ok thx, email is rk@quanta-sys.example
""", "se/p3", "chat-paste", [], []),

T(20, "scip-java docs example is outdated", r"""
Hi! The scip-java page shows a Gradle plugin block with version 0.8.x and the `index` task, but the current release renamed things and the example fails with "plugin not found". Worked it out from the GitHub README, just flagging the doc. Merci!
""", "se/p3", "non-native", ["docs"], []),
]
