from common import t

TEAM = "graph"
TICKETS = [
t("auto-indexing jobs fail for all Gradle repos",
"""Auto-indexing is enabled for our Java org. Every index job for the Gradle repos ends in "Failed" in Code graph > Precise indexes. Executor log for one of them:

```
step.1: scip-java index --build-tool=gradle
> Task :compileJava FAILED
error: Could not resolve com.acme.internal:platform-bom:4.2.0
  > Could not GET 'https://nexus.acme.internal/repository/maven-public/...'. Received status code 401 from server: Unauthorized
exit status 1
```
Maven repos index fine. How do we give the indexer our Nexus credentials? The repo itself is cloned and searchable fine.""",
"se/p2", "logs", [], ["self_hosted"]),

t("src code-intel upload -> 413 Request Entity Too Large",
"""CI step:

```
$ src code-intel upload -file=index.scip -repo=git.fenwick.internal/platform/monolith -commit=$CI_COMMIT_SHA
error: unexpected status code: 413 (<html><head><title>413 Request Entity Too Large</title></head>...)
```
index.scip is 1.9 GB. Smaller repos upload fine. Is there a chunked/multipart option for the upload, or do we need to raise a limit somewhere? Precise nav for the monolith is the main reason we bought this, and our renewal is up for discussion in six weeks.""",
"se/p1", "logs", ["renewal"], ["self_hosted", "enterprise"]),

t("go to definition jumps to the wrong file (python)",
"""In our Python monorepo "Go to definition" on `from billing.models import Invoice` → `Invoice` takes me to `legacy/billing/models.py` instead of `services/billing/models.py`. Both exist. We don't upload any precise index for this repo, so I guess it's the search-based one guessing? Is there a way to make it prefer the right one without setting up scip-python?""",
"se/p2", "plain", [], []),

t("the little popup when I hover is gone",
"""Used to be when I hovered over a function name on Sourcegraph (the website, not GitHub) I got a little box with the docs and "Go to definition". Since Monday nothing happens when I hover, in any repo I tried. Chrome and Firefox both. I asked around: none of the ~50 people on my floor get it either, and we don't know another way to jump to definitions.""",
"se/p1", "plain", [], ["self_hosted"]),

t("codeintel upload queued max age warning",
"""Alert text from Slack:

  🔥 warning_precise-code-intel-worker_codeintel_upload_queued_max_age
  precise-code-intel-worker: 18000s+ age of oldest unprocessed upload record for 25m0s

Upload queue in site admin shows 1,400 queued uploads. CI keeps pushing more. Navigation is still working but against old commits.""",
"se/p2", "mixed", [], ["self_hosted"]),

t("worker container memory usage 99%",
"""Getting `warning_worker_container_memory_usage` every few hours, the worker pod is at its 4Gi limit. Is that the infra team's thing? Looking at the worker dashboard, the codeintel commitgraph and upload janitor jobs spike at the same time. Should we just raise the limit?""",
"se/p2", "mixed", [], ["self_hosted"]),

t("COBOL support?",
"""Good afternoon,

Following our call with your account executive, one open item from our architects:

We are a bank evaluating Sourcegraph. About 30% of our code is COBOL and JCL on the mainframe (we mirror it to Git nightly). Does code navigation (go to definition, find references) work for COBOL, including copybooks, and is syntax highlighting supported? It's one of the criteria in our evaluation matrix.

> From: Account Executive
> Happy to route any technical questions to our support team.

Kind regards,
Ferdinand Aalst
Enterprise Architecture, Zuidbank N.V.
Disclaimer: the information in this e-mail is confidential and may be legally privileged.""",
"se/p2", "email-thread", ["poc"], ["prospect"]),

t(".tsx files shown without colours",
"""Small thing: files ending in .tsx are displayed as plain black text, no syntax highlighting. .ts and .jsx are fine. Not blocking anyone.""",
"se/p3", "plain", [], []),

t("symbols sidebar empty for Rust repos",
"""**Sourcegraph version:** 5.2.6
**Platform information:** docker-compose
<!-- Please describe the steps to reproduce -->
**Steps to reproduce:** open any Rust repo, look at the Symbols panel on the left

**Expected behavior:** list of structs/fns
**Actual behavior:** "No symbols found". Works for Go and TypeScript. Text search works.

Is Rust supported by the ctags in the symbols service?""",
"se/p2", "template", [], ["self_hosted"]),

t("Code navigation broken everywhere after upgrade to 5.3",
"""Sourcegraph version: 5.3.1 (from 5.2.7)
Platform information: Helm on EKS

Steps to reproduce:
1. open any file in any repo
2. hover or click "Find references"

Expected behavior: hover tooltip / references
Actual behavior: red error "failed to resolve code intel: ERROR: relation \\"codeintel_scip_symbols\\" does not exist (SQLSTATE 42P01)"

<!-- Did this work before? --> yes, fine on 5.2.7.
Search, browsing etc fine. Around 900 users rely on precise navigation daily and there's no workaround.""",
"se/p1", "template", [], ["self_hosted"]),

t("how long do you keep precise indexes? codeintel-db disk growing",
"""[11:02] dba-marco: codeintel-db volume 80 GB -> 310 GB in four months, alert at 85% disk
[11:03] dev-lina: that's the SCIP uploads, CI uploads on every commit of every branch
[11:03] dba-marco: can sourcegraph drop the old ones?
[11:05] dev-lina: asking support. @support what's the default retention for old precise indexes and where do we configure it so only default branch + tags are kept?""",
"se/p3", "chat-paste", [], ["self_hosted"]),

t("scip-clang: compile_commands.json question",
"""Bonjour, we try to have the precise navigation for our C++ repo. `scip-clang --compdb-path=build/compile_commands.json` marche bien en local but in the CI it takes 2 hours. C'est normal? It is possible to index only a part of the translation units? Pas urgent, merci.""",
"se/p3", "non-native", [], []),

t("feature request: find implementations for go interfaces",
"",
"se/p2", "one-liner", [], ["enterprise"]),

t("syntax highlighting times out on big files",
"""Opening large generated files (>1 MB, e.g. our OpenAPI clients) shows "Syntax highlighting timed out, showing plain text". syntect-server logs:

```
syntect_server: highlight timeout after 3s for file of 1846213 bytes
syntect_server: worker 3 restarted
```
Can the timeout be raised? Happens to a handful of files.""",
"se/p3", "logs", [], ["self_hosted"]),

t("Kotlin code navigation during POC",
"""Hello, we are in a POC with your team until end of month. Our Android app is mostly Kotlin and find references returns only text matches, not the real references. Is Kotlin supported by scip-java / which indexer should we use? The POC success criteria includes "precise nav for Android".""",
"se/p1", "plain", ["poc"], ["poc", "prospect"]),

t("RE: cross-repo go to definition not jumping into our shared libs",
"""> > Can you confirm if the shared-libs repo has a precise index?
> Yes, uploaded for every tag via CI (scip-typescript).

Hi again,

So both `web-portal` and `shared-libs` have precise indexes now, but "Go to definition" on an import from `@tessaly/shared-libs` in web-portal still opens the compiled .d.ts in node_modules rather than the source in the shared-libs repo. Is cross-repository navigation supposed to work via the package name/version in package.json? We pin 3.4.1 and there is an upload for the tag v3.4.1.

Cheers,
Bastien
--
Bastien Moreau · Frontend Platform · Tessaly""",
"se/p2", "email-thread", [], ["self_hosted"]),
]
