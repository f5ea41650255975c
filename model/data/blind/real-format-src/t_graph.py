TEAM = "graph"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p2", "References only from the same repo (TypeScript)",
"""Sourcegraph version: 5.6.0
Platform information: Kubernetes

Steps to reproduce:
1. Open `packages/ui-kit/src/Button.tsx` in repo web-shared
2. Click on `Button` export > Find references

Expected behavior:
Usages in our 40 app repos that import @lumen/ui-kit

Actual behavior:
Only references inside web-shared itself. Other repos show up only if I switch to "search-based" results.

Additional context
All repos are uploaded with scip-typescript in CI, uploads show "Completed".""",
[], [])

t("template", "se/p1", "Precise navigation stopped for all Java repos after upgrade",
"""Sourcegraph version: 6.0.2 (from 5.5.2463)
Platform information: Helm on GKE

Steps to reproduce:
1. Open any Java file in any repo
2. Hover a method / go to definition

Expected behavior:
"Precise" results as before the upgrade

Actual behavior:
Only search-based results. Site admin > Code graph > Uploads shows ~2,300 Java uploads stuck at "Processing" for 3 days. New uploads from CI queue behind them.

Additional context
<!-- Add any other context about the problem here. -->
Our 900 Java devs depend on cross-repo go-to-definition, the search-based fallback gives wrong hits for overloaded methods constantly. Rollback isn't an option.""",
["upgrade"], ["self-hosted"])

t("template", "se/p3", "COBOL support?",
"""Sourcegraph version: <!-- What version of Sourcegraph are you using? -->
Platform information: <!-- e.g. Kubernetes, docker-compose, managed instance -->

Steps to reproduce:
<!-- Minimal steps to reproduce the behavior -->

Expected behavior:
<!-- What did you expect to happen? -->

Actual behavior:
<!-- What happened instead? -->

Additional context
We have a lot of COBOL and JCL on the mainframe side, synced into git. What can we expect for jump-to-definition / hover on those? Anything beyond text search?""",
["question"], [])

# ---------------- logs ----------------
t("logs", "se/p1", "upload queue age alert critical",
"""This has been critical since Friday:

  critical: precise-code-intel-worker: 18000s+ age of oldest unprocessed upload
  alert: codeintel_upload_queued_max_age

kubectl -n sg logs deploy/precise-code-intel-worker --tail=20
{"SeverityText":"ERROR","Body":"failed to process upload","Attributes":{"uploadID":884213,"error":"reading index: unexpected EOF"}}
{"SeverityText":"WARN","Body":"upload processing took 1843s","Attributes":{"uploadID":884190}}
{"SeverityText":"ERROR","Body":"failed to process upload","Attributes":{"uploadID":884215,"error":"context deadline exceeded"}}

Queue is at 4,100 uploads and growing. Hover/definitions are days out of date for everyone.""",
["alert"], ["self-hosted"])

t("logs", "se/p2", "SCIP upload rejected",
"""From our CI job:

$ src code-intel upload -file=index.scip -repo=gitlab.helixfreight.example/tms/routing -commit=4e8a1c2
src: uploading index.scip (212.4 MB)
error: unexpected status code 422 (unprocessable):
  "invalid index: missing metadata.project_root"

Index generated with scip-java 0.10.x:
$ scip-java index --build-tool=gradle
[info] 48211 documents indexed

Worked last month with an older scip-java. Only this repo so far.""",
[], [])

t("logs", "se/p2", "big files shown without highlighting",
"""Files over a certain size show as plain grey text. Logs from the highlighting service:

syntect_server  | [WARN] worker 3 timed out after 10.000s, file=src/generated/Protocol.cpp len=1843220
syntect_server  | [ERROR] HSS worker timeout while highlighting (language=C++)
frontend        | {"Body":"highlighting failed, falling back to plaintext","Attributes":{"error":"context deadline exceeded"}}

Small files are fine. Users mainly notice on generated C++ and big JSON fixtures.""",
[], [])

# ---------------- one-liner ----------------
t("one-liner", "se/p2", "hover not working", "on go code", ["urgent"], [])

t("one-liner", "se/p3", "is scip-python stable?", "", ["question"], [])

t("one-liner", "se/p1", "go to definition broken everywhere",
"since 6.0 upgrade. all repos", [], [])

# ---------------- email-thread ----------------
t("email-thread", "se/p2", "Re: auto-indexing picks wrong project root",
"""Hi,

Our platform team followed up, see below.

Kind regards,
Gerrit Voss

On Mon, 10 Feb 2025 at 13:12, Ines Duarte wrote:
> Gerrit,
> For our monorepo (gitlab.stonebridge.example/core/mono) the automatic indexing keeps creating jobs for `/` with the Maven indexer, which fails after 2h because the root pom is just an aggregator with no sources. The real modules are under `services/*/` and each has its own build.
>
> Can we tell it which directories to index? Ideally one job per service. We tried adding a config in the repo settings but it seems to be ignored.
>
> On Fri, 7 Feb 2025, Gerrit Voss wrote:
> > Ines, do you know why the jump-to-definition in mono is only "search-based"?

--
Gerrit Voss | Stonebridge Capital | Engineering Tools""",
["email"], ["self-hosted"])

t("email-thread", "se/p0", "RE: All precise indexes gone overnight",
"""Hello Support,

Escalating. The mail below describes what happened; we have not been able to recover anything.

Regards,
Hamid Karimi
VP Engineering, Corvid Systems

From: Lea Schwarz
Sent: Thursday, 27 March 2025 08:15
Subject: All precise indexes gone overnight

Hamid,
Overnight, Site admin > Code graph went from ~48,000 processed uploads to 312. The worker logs show the cleanup job deleting "unreferenced" uploads in bulk at 02:00:

  codeintel-upload-janitor: deleted 47,688 uploads (reason: commit not reachable)

Those commits are all on main and obviously reachable. Some of these indexes were built from tags of releases we can't rebuild (the toolchains are gone). Every repo in the company now has only search-based navigation, and the archived ones will never come back unless the data is restored.

We need to know (1) why this happened, (2) whether it can be undone, (3) how to stop it from running again. I've scaled the worker to 0 for now.

> From: Hamid Karimi
> Sent: Thursday, 27 March 2025 07:40
> Anyone know why hover is broken this morning?""",
["escalated", "data-loss"], ["self-hosted"])

t("email-thread", "se/p3", "Re: C++ precise navigation",
"""Hi there,

Quick question forwarded from one of our teams - no rush at all.

> On 4 Apr 2025, Rolf Brenner wrote:
> Our embedded firmware is all C++ with CMake. Right now we only get the heuristic navigation. Is there an indexer for C++ that works with compile_commands.json, and is it production-ready? If not, is it on your roadmap?

Thanks,
Sanna

Sanna Lindqvist | Tooling | Kestrel Payments""",
["question"], [])

# ---------------- non-native ----------------
t("non-native", "se/p2", "symbol sidebar not show for rust files",
"""Hello, in file view the symbols list (right side, outline of functions/structs) is empty for all Rust file. For Go and Python it show correct. When I search `type:symbol` with rust repo also return nothing. version 5.5.""",
[], [])

t("non-native", "se/p3", "why some language 'precise' other 'search-based'",
"""hi, when I hover in Go code it say "precise" but in our PHP code it say "search-based". What is difference and how we make PHP also precise? thanks""",
["question"], [])

t("non-native", "se/p1", "references show timeout for all C# file",
"""Hello, from yesterday when click "find references" in any C# file we get error "timeout exceeded" after 30 seconds, for every user. Go to definition also very slow. Our team is 200 developer using this for review every day, now cannot work good. Please help urgent. Sourcegraph 5.6 on kubernetes.""",
[], ["self-hosted"])

# ---------------- markdown ----------------
t("markdown", "se/p2", ".h files treated as C instead of Objective-C",
"""## Problem
In our iOS repos, all `.h` headers are detected as **C**:

- wrong highlighting (`@interface`, `@property` not highlighted)
- `lang:objective-c` search filter misses them
- hover shows nothing in headers

Screenshot: https://imgur.com/gallery/Lm4Zq0x

## Ask
Can we override language detection per repo or per extension? Something like `.h -> objective-c` for the `ios/*` repos.""",
[], [])

t("markdown", "se/p1", "POC: Kotlin auto-indexing jobs all failing",
"""# Context
We're 2 weeks into a paid pilot (self-hosted, trial license). Precise navigation for Kotlin is **the** feature our architects care about.

# Problem
Every auto-indexing job for our Gradle multi-module repos fails:

```
[executor] step "indexer" (sourcegraph/scip-java:latest) exited with 1
> Task :app:compileKotlin FAILED
e: file:///data/workspace/app/src/main/kotlin/.../App.kt: Unresolved reference: BuildConfig
scip-java: failed to produce SCIP index
```

Builds work in our CI with the same Gradle version.

# Links
- Job log export: attached `autoindex-failures.txt`
- Architecture review on **Monday** – if Kotlin nav doesn't work they'll recommend against purchase.""",
["poc"], ["poc", "self-hosted"])

t("markdown", "se/p3", "Cross-repo navigation with scip-typescript - setup question",
"""Hi!

We're setting up indexing for our TS monorepo + a handful of shared packages.

**Questions:**
1. Do we need to index the shared packages at the exact version each app depends on, or is latest enough?
2. Does `scip-typescript index --yarn-workspaces` produce one index or one per workspace?
3. Best practice for uploading from GitHub Actions?

```yaml
- run: npx @sourcegraph/scip-typescript index --yarn-workspaces
- run: src code-intel upload -github-token=${{ secrets.GITHUB_TOKEN }}
```

Thanks 🙂""",
["question"], [])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p2", "hover docs are from an old version",
"""[#dev-help]
mo 3:12 PM: the hover popup for `RetryPolicy.withBackoff` shows the doc comment from like 6 months ago, param names are wrong too
kat 3:14 PM: the file itself shows the new code though
mo 3:15 PM: yeah only the hover is stale. on main branch
kat 3:16 PM: maybe it's using an old index?""",
[], [])

t("chat-paste", "se/p1", "'precise navigation not available for this commit' on main everywhere",
"""Slack (#eng-tools) paste:

  rui: every repo, on main, the code nav popover says "Precise navigation not available for this commit, falling back to search-based"
  rui: uploads are fine and recent
  vlad: grafana shows codeintel_commit_graph_queued_max_age critical, like 9 hours
  vlad: worker pod looks healthy but the commit graph updater thing is way behind
  rui: affects all ~1k devs, reviewers are flying blind on the monolith

Self-hosted 5.6.""",
["alert"], ["self-hosted"])

t("chat-paste", "se/p3", "list repos with precise indexes?",
"""From teams:
Esther: is there a way to get a list of which repos have up-to-date precise indexes vs not? want to chase the teams that haven't set up CI uploads
Jamal: maybe via the API? ask them
(not urgent)""",
["question"], [])

# ---------------- mixed ----------------
t("mixed", "se/p2", "executor error rate alert + autoindex jobs failing",
"""Sourcegraph version: 5.5.2463
Platform information: k8s + executors on separate VMs (Terraform module)

Grafana:
```
warning: executor: 40%+ executor operation error rate over 20m   (executor_processor_error_rate)
```

Executor log:
```
Failed to run step: docker pull sourcegraph/scip-go:latest: toomanyrequests: You have reached your pull rate limit
```

Internal note from our SRE:
> only the code-nav indexing jobs go through these executors at the moment, batch changes still run locally

Navigation for new commits is lagging; search-based fallback works meanwhile.""",
["alert"], ["self-hosted"])

t("mixed", "se/p2", "symbols service memory alert, symbol search slow",
"""Hi,

Alert pasted from our on-call channel:

> **[WARNING] symbols: container memory usage** 94% (container_memory_usage, symbols)
> also seeing container_oomkill_events_total on symbols-0 twice today

Users notice `type:symbol` searches and the file outline panel taking 10–20s or timing out. Everything else is fine.

Questions:
- is it expected the symbols service needs more than 4Gi for ~25k repos?
- what should we size it to?""",
["alert"], ["self-hosted"])

t("mixed", "se/p2", "Terraform / HCL highlighting?",
"""Small one. Our infra repos are mostly `.tf` / `.hcl`:

```hcl
resource "aws_s3_bucket" "logs" {
  bucket = "orchard-logs"
}
```

They show as plain text in the file viewer (no colours). Teammate in Slack:
> "github does it, why not sourcegraph?"

If it's not supported, please take this as a feature request to add it. Not urgent.""",
["feature_request"], [])
