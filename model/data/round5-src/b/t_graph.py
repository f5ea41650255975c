from common import T

TEAM = "graph"

TICKETS = [
T("the little popup when I hover is gone",
r"""
Hi, since a few days when I put the mouse over a function name in the file view, the little box with the signature and docs doesn't show up anymore. Clicking the name still highlights it. Same for my colleague. Chrome and Firefox both. Nothing else seems broken.
""",
"se/p2", "plain", tags=[], org_tags=["managed_instance"]),

T("find references only shows 'search-based' results after SCIP upload",
r"""
**Sourcegraph version:** 5.3.2
**Platform information:** helm, EKS

**Describe the bug**
We upload SCIP for our TypeScript monorepo from CI (`src code-intel upload -file=index.scip`). Upload shows "Completed" in the repo's Code graph data page. But Find references still only shows results tagged "search-based", and the precise badge never appears.

**Steps to reproduce**
1. upload for commit a1b9f3e
2. open packages/api/src/server.ts @ a1b9f3e
3. find references on `createServer`

**Expected behavior**
precise results

**Actual behavior**
search-based only. Upload root is `packages/api/`, indexer scip-typescript 0.3.x.

<!-- Screenshots if applicable -->

We're on a 30-day trial and precise navigation for TypeScript is one of the three things we're scoring.
""",
"se/p1", "template", tags=["trial"], org_tags=["self_hosted", "prospect"]),

T("src code-intel upload -> 413",
r"""
$ src code-intel upload -file=index.scip -repo=git.corp.example/core/platform -commit=$CI_COMMIT_SHA
src: error: unexpected status code: 413 (<html>
<head><title>413 Request Entity Too Large</title></head>
<body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>)

index.scip is 1.8 GB. smaller repos upload fine. Is there a way to split/compress the upload, or do we have to raise a limit somewhere?
""",
"se/p2", "logs", tags=[], org_tags=[]),

T("auto-indexing fails for gradle projects",
r"""
Auto-indexing picked up our Java repos and creates jobs, but every job for Gradle builds fails on the `scip-java index` step:

  > Could not resolve all files for configuration ':app:compileClasspath'.
  > Could not GET 'https://nexus.corp.internal/repository/maven-public/...'. Received status code 401 from server: Unauthorized

Maven repos index fine. How do we pass Nexus credentials to the indexing jobs? Is there a per-repo index configuration where we can add env vars / secrets?

~70% of our services are Gradle, and the POC success criteria say "precise navigation without per-repo CI work", so this is a blocker for the POC wrap-up in two weeks.
""",
"se/p1", "logs", tags=["poc"], org_tags=["self_hosted", "poc"]),

T("no syntax highlighting for .tf and .hcl files",
r"""
Terraform files (.tf, .hcl) render as plain grey text in the file view, while .go and .py are highlighted. Is HCL supported? Not a big deal, cosmetic.
""",
"se/p3", "plain", tags=[], org_tags=[]),

T("all files show plain text / 'syntax highlighting timed out'",
r"""
[#eng-tools]
ivo.p  2:10 PM   is sourcegraph broken? every file is plain text now, no colors
ivo.p  2:10 PM   and there's a yellow banner "Syntax highlighting took too long and was disabled for this file"
kai.t  2:12 PM   checked the pods, syntect-server restarts every few minutes
kai.t  2:12 PM   OOMKilled, limit is 6Gi
ivo.p  2:14 PM   happened after someone pushed that 80MB generated json to the config repo?
kai.t  2:15 PM   maybe. search and go-to-definition still work fine, it's just the highlighting
""",
"se/p2", "chat-paste", tags=[], org_tags=["self_hosted"]),

T("COBOL support?",
r"""
Hello,

We are a bank with a large mainframe codebase (COBOL + JCL + copybooks, about 14 million lines) that we'd like to bring into our evaluation next month. Questions:

1. Is there syntax highlighting for COBOL and JCL?
2. Does go-to-definition work for COBOL at all (search-based or precise)?
3. Are copybook includes resolved?

Thanks in advance,
Rui Almeida
Mainframe Modernisation | Banco Atlântico
""",
"se/p2", "plain", tags=["poc"], org_tags=["prospect"]),

T("scip-typescript OOM in CI",
r"""
<--- Last few GCs --->
[41:0x5a3e200]   912345 ms: Mark-Compact 7998.1 (8230.6) -> 7990.4 (8230.8) MB, 6311.2 / 0.0 ms  (average mu = 0.089, current mu = 0.012) allocation failure; scavenge might not succeed

FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory
 1: 0xb7b150 node::Abort() [scip-typescript]

Running `scip-typescript index --yarn-workspaces` on a runner with 16 GB. Already set NODE_OPTIONS=--max-old-space-size=8192. Any flags to index workspaces one at a time?
""",
"se/p2", "logs", tags=[], org_tags=[]),

T("codeintel upload queued max age alert",
r"""
Our monitoring (self-hosted, Grafana) has had "codeintel_upload_queued_max_age" critical since yesterday evening. The queue page shows 3,400 uploads queued, oldest 19 hours. precise-code-intel-worker is running (1 replica). Precise nav is stale for anything committed since yesterday; search works. Should we scale the worker?
""",
"se/p2", "plain", tags=[], org_tags=["self_hosted"]),

T("executor handlers alert firing",
r"""
warning_executor_executor_handlers

firing on our self-hosted instance for 3 days. The executors look healthy in site admin (last seen a few seconds ago) and the VMs are fine CPU/memory-wise. What does this alert mean exactly and who should look at it? The jobs in question are the auto-indexing ones as far as I can tell.
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("symbols sidebar empty for Go repos",
r"""
Oi pessoal, no painel de Symbols da página do arquivo aparece "No symbols found" para todos os nossos repos em Go. Repos Python e Java mostram os símbolos normal. Same in fuzzy finder symbols tab. Repos are cloned, search is working. Versão 5.2.5, docker-compose. Valeu!
""",
"se/p2", "non-native", tags=[], org_tags=[]),

T("go to definition jumps to wrong repo - eval",
r"""
During the evaluation our devs found that "Go to definition" on an imported class from our shared lib (libs/common-java, separate repo) jumps to a *different* repo that vendors an old copy of the same package (legacy/billing/vendor/...). Both repos have SCIP uploads from scip-java. We'd expect it to prefer the canonical lib repo.

This is the #1 complaint in our evaluation feedback survey and the go/no-go meeting is on the 18th.
""",
"se/p1", "plain", tags=["poc"], org_tags=["poc", "prospect"]),

T("worker container cpu warning",
r"""
Alertmanager -> email:

  [WARNING] worker: container cpu usage
  worker container is using more than 95% of its CPU for 30m
  runbook: see alert solutions

self-hosted on k8s, worker limit is 2 CPU. We recently turned on auto-indexing for ~800 repos, if that matters. Should we just bump the limit? Nothing user-visible is broken.
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("scip-python for a django monorepo?",
r"""
What's the recommended way to get precise navigation for a Python monorepo (Django, ~40 apps, poetry)? Does scip-python need the virtualenv installed to resolve imports? Just exploring.
""",
"se/p3", "plain", tags=[], org_tags=["enterprise"]),

T("code navigation completely broken after upgrade to 5.3",
r"""
After upgrading from 5.2.7 to 5.3.1 (helm) no hover, no go-to-definition, no find references on ANY repo, precise or not. The right-click menu shows "Loading..." forever. Browser console:

  POST /.api/graphql?CodeIntelligenceHover 500
  {"errors":[{"message":"codenav: resolving location: pq: relation \"codeintel_scip_symbols_lookup\" does not exist"}]}

Search and everything else is fine. This is what most of our devs use Sourcegraph for every day.
""",
"se/p1", "mixed", tags=["urgent"], org_tags=["self_hosted"]),

T("ホバーのドキュメントが違う関数のものになる",
r"""
こんにちは。Go のリポジトリでホバーすると、別の関数のドキュメントコメントが表示されることがあります (同じファイル内で、一つ上の関数のもの)。精密インデックス (scip-go) はアップロード済みです。急ぎではありません。スクリーンショット: https://files.example/hover-wrong.png
""",
"se/p3", "non-native", tags=[], org_tags=[]),

T("Re: old commits lost their navigation",
r"""
Hi Dana,

Thanks for the call on Tuesday, and sorry for the delay - quarter-end.

Quick recap of the other points so they don't get lost:
- SSO group mapping: resolved on our side, thanks.
- The Grafana question: our SRE confirmed the dashboards are fine now.
- Batch changes training: yes please, any Thursday in June.

> > As discussed, could you describe which commits are affected by the navigation issue?

This is the one that actually hurts. Anything older than roughly 3 months. Our auditors browse release tags (e.g. v2023.4.1) in Sourcegraph, and precise hover / go to definition / find references are gone there - only the "search-based" results now. Recent commits are fine. Nobody deleted anything on our side; the CI job that uploads the SCIP index for every tag has been running unchanged for a year.

> > Do you have any custom settings for code graph data?

I looked at site config and found nothing about retention. Is there an upload retention/expiry policy that removed them, and can we keep indexes for tags forever? Re-indexing old tags isn't really possible because the build toolchain for 2023 releases is gone.

Honestly this matters a lot: our renewal is up next month and the audit use case was the main justification for the expansion.

Best regards,
Elodie Fournier
Head of Engineering Tools, Vantrel SA
Tél. +33 1 00 00 00 00
Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. / This message and its attachments are confidential and intended solely for their addressees.
""",
"se/p1", "email-thread", tags=["renewal"], org_tags=["self_hosted", "enterprise"]),

T("precise results outdated on new commits",
r"""
Sourcegraph version: 5.2.x
Platform information: <!-- e.g. Kubernetes, Docker Compose -->

Steps to reproduce:
1. push to main, CI uploads SCIP (finishes in ~5 min)
2. open the new commit in Sourcegraph

Expected behavior: precise navigation within minutes, like before last month
Actual behavior: 4-6 hours of "results may be out of date"; the "commit graph queued max age" panel in Grafana climbs to hours

Additional context: <!-- logs, screenshots -->
people browse an older commit as a workaround
""",
"se/p2", "template", tags=[], org_tags=["self_hosted"]),

T("definitions not working in java",
r"""
""",
"se/p2", "one-liner", tags=[], org_tags=[]),

T("Rust / C++ precise support?",
r"""
hola, tenemos repos en Rust y en C++ (CMake). ¿Hay indexador SCIP para los dos? ¿rust-analyzer funciona directamente? Sólo queremos saber antes de planear el CI. gracias!
""",
"se/p3", "non-native", tags=[], org_tags=[]),
]
