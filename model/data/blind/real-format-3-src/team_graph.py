from common import T

TEAM = "graph"

TICKETS = [
T("hover popup empty", "p2", "one_liner", r"""
The little popup when I hover over a function is empty now (just a grey box), for all our Java repos since the weekend.
"""),

T("src code-intel upload -> 413", "p2", "log_paste", r"""
Our CI uploads SCIP indexes for the Java services after every merge to main. Since last week the big
ones fail:

$ src code-intel upload -file=index.scip -repo=git.halden.example/backend/order-service -commit=$GIT_SHA
✱ Sourcegraph CLI v5.6.0
💡 Inferred arguments
   repo: git.halden.example/backend/order-service
   commit: 3f9a1c0e...
   root: .
   file: index.scip
   indexer: scip-java
✱ Uploading index.scip (412.8 MiB)
❌ Upload failed: unexpected status code: 413 (<html><head><title>413 Request Entity Too Large</title></head>...)

Smaller services (<100 MiB) are fine. We have nginx ingress in front of Sourcegraph. Is there a
chunked upload mode, or do we need to raise body size on the ingress? Until then code navigation in
order-service is only the "search-based" fallback, which people complain about.

Halden Bank, DevEx — Mikkel Sørensen
""", note="413 could be an ingress (Release) issue, but it is about getting precise indexes in; routed to graph."),

T("Find references only shows same-repo hits", "p3", "markdown_report", r"""
## Cross-repo references missing

We have ~300 Go modules that import each other (e.g. `git.pinecrest.example/libs/retry`).
All of them have precise indexes uploaded (scip-go, via CI) and show the "Precise" badge.

**Expected:** "Find references" on `retry.Do` in libs/retry lists call sites in the services that use it.
**Actual:** only references inside libs/retry itself (tests + examples).

Go to definition from a service into libs/retry works fine, it's only the reverse direction.

Is there a setting to enable cross-repository references, or does the dependent repo need something
extra in its index? 5.6.185.
"""),

T("[FIRING] codeintel_upload_queued_max_age (precise-code-intel-worker)", "p2", "alert_payload", r"""
--- Alert forwarded from Moorland Telecom's Opsgenie ---
Alert name : codeintel_upload_queued_max_age
Service    : precise-code-intel-worker
Level      : warning
Message    : precise-code-intel-worker: 18000s+ unprocessed upload record queue longest time in queue
Value      : 41220
Started    : 2025-11-30T19:02:00Z
Instance   : sg-prod-k8s / namespace sourcegraph
Tags       : team:devtools, env:prod
-----------------------------------------------------------
Customer note: queue keeps growing since Sunday afternoon, worker pod is Running, no obvious errors.
Navigation on new commits falls back to the less accurate mode.
"""),

T("Kotlin files shown without colors", "p3", "web_form", r"""
**Name:** Beatrix Hollis
**Company:** Sunmeadow Apps
**Sourcegraph version:** 5.5.2463
**Deployment type:** docker-compose
**Describe the problem:** .kt and .kts files are displayed as plain black text, no colours. Java and Swift files next to them are coloured fine.
**Steps to reproduce:** open any Kotlin file
**Expected:** syntax colours
**Actual:** plain text
**Screenshots / logs:**
**How many users are affected:** Android team (~40)
**Business impact:** cosmetic but annoying
"""),

T("Go to definition jumps to the wrong file (TypeScript)", "p2", "email_thread", r"""
Hi,

In our TypeScript monorepo (pnpm workspaces, ~180 packages), "Go to definition" on an imported symbol
often lands in a different package that happens to export a function with the same name. E.g. in
`apps/checkout/src/cart.ts`, clicking `formatPrice` opens `packages/legacy-utils/src/format.ts` instead
of `packages/money/src/format.ts`, which is what the import says.

We don't upload any indexes ourselves — is this expected with the default setup? Would uploading
scip-typescript output fix it? If so, any gotchas with pnpm workspaces?

Kind regards,
Leontine Maas
Frontend Platform, Kadeel Commerce

> Colleague's note: same thing happens with `useAuth` hooks, 3 packages define one.
"""),

T("auto-indexing jobs fail for python repos", "p2", "log_paste", r"""
We turned on automatic indexing for our Python repos. Every job fails at the same step. From the
"Indexes" page → job log:

  + scip-python index . --project-name=ml-features --project-version=9e1f2c
  [ERROR] Unable to find a python environment. Tried: python3, python
  Error: Command failed with exit code 1
  step "indexer" failed after 4.3s

Executors run on 2 Linux VMs (we set them up with the provided images). The repos use poetry, not
plain pip. How do we tell the indexer which python/poetry to use — do we need a custom index config
per repo?

Ivo Petrov, Data Platform, Galvan Labs (5.6.2140)
""", note="Auto-indexing runs on executors (Release keyword) but the failure is indexer configuration; routed to graph."),

T("Search broken for Java", "p2", "misleading_subject", r"""
Hi,

Search is broken for our Java code. When I click on a method and choose "find references", I get a
list that includes every method with the same name in completely unrelated classes. It used to only
show the real callers. The "Precise" label that used to be in the popup is gone too — now it says
"Search-based".

Normal text search is fine, it's just this clicking stuff.

We upgraded from 5.2 to 5.5 three weeks ago and our CI job that uploads the index files started
failing around the same time but nobody noticed until now.

Regards
Otto Kessler, Rheinwerk Maschinenbau
"""),

T("Navegación de código: 'Go to definition' no funciona en C++", "p2", "non_english", r"""
Hola equipo,

En nuestros repositorios de C++ (CMake, ~2 millones de líneas) la opción "Go to definition" casi
nunca funciona: o no hace nada o abre una lista de 30 resultados de búsqueda. En Go y Java funciona
perfecto.

Leímos que hay un indexer para C++ (scip-clang) y que necesita el archivo compile_commands.json.
¿Es correcto? ¿Hay algún ejemplo de configuración para CI con GitLab? Tenemos un piloto con 150
desarrolladores que termina a fin de mes y esta funcionalidad es lo que más piden.

Versión 5.6.185, Kubernetes.

Gracias,
Lucía Ferrer Domínguez
Herramientas de Desarrollo, Alcatraz Sistemas Embebidos
"""),

T("symbols sidebar empty + symbols pod restarting", "p2", "log_paste", r"""
The "Symbols" panel on the left is empty for most C# repos, and `type:symbol` searches return nothing.

$ kubectl -n sg get pods | grep symbols
symbols-0     0/1   CrashLoopBackOff   23   2d

$ kubectl -n sg logs symbols-0 --previous | tail -5
{"SeverityText":"INFO","Body":"parsing","Attributes":{"repo":"ado.keswick.example/Keswick/Claims","files":48211}}
{"SeverityText":"WARN","Body":"ctags: long parse","Attributes":{"path":"src/Generated/Schema.cs","ms":29411}}
fatal error: runtime: out of memory

Limit is 4Gi. Should we give it more memory or exclude generated files? 5.4.7765.
"""),

T("hover docs show an old version of the comment", "p3", "chat_paste", r"""
<maria.t> weird one: the hover text on `InvoiceService.reconcile()` shows the javadoc from like 2 months ago
<maria.t> the file itself (when I open it) has the new javadoc
<maria.t> is it because our last index upload was from an older commit?
<maria.t> we only upload on release tags, not every commit. not urgent, just curious if that's expected
"""),

T("FW: prospect asks about COBOL navigation", "p2", "forwarded_note", r"""
Internal — forwarded from #deal-ironbridge

> Ironbridge Mutual (eval, ~900 devs, decision in January) has a big mainframe codebase —
> COBOL + copybooks + some PL/I. They asked whether "jump to definition" and "find usages" work
> for COBOL, precise or otherwise. Their eval team saw only plain text search working.
> Is this on the roadmap? Anything we can show them? — Marco (SE)

Please treat as a feature request / product question for the code navigation folks.
"""),

T("precise navigation not showing + where is the codeintel dashboard", "p2", "mixed_problems", r"""
Hello,

Our uploads for the Rust services complete successfully (the upload page says "Completed" with a green
check) but when I hover in the files it still says "Search-based" and find references is fuzzy. It's
the commit from the upload, I checked twice. The repo is `git.ferrous.example/core/routing-engine`,
indexes made with rust-analyzer's SCIP output.

Side question: which Grafana dashboard shows upload processing times? I couldn't find it.

Thanks
Brigid O'Shaughnessy, Ferrous Networks (5.6.2140)
"""),

T("Uploads stuck in 'Processing', DB growing, rollout this week", "p1", "email_thread", r"""
Hi team,

Since Thursday our SCIP uploads don't leave the "Processing" state. About 2,300 uploads are queued now.
The codeintel database volume grew from 90 GB to 160 GB in the same time. precise-code-intel-worker
logs show repeated "could not obtain lock, retrying" lines, no hard errors.

This week we are rolling out Sourcegraph to 2,000 more engineers (announcement goes out Wednesday) and
the whole pitch is the precise navigation. Right now nothing new is navigable precisely.

Version 5.5.2463, Kubernetes on GKE (self-managed, not your cloud).

Regards,
Kwabena Mensah
Principal Engineer, Developer Experience, Sahelion Energy

> On Fri, 28 Nov, Kwabena Mensah wrote:
> We'll restart the worker and see if it clears.
>> (update Sat) restart didn't help.
"""),

T("commit graph updater alert firing", "p2", "alert_payload", r"""
Source: Grafana Alerting → ServiceNow (Veldhuis Groep)
Incident: INC0098231
Alert: codeintel_commit_graph_queued_max_age
Service: worker
State: Alerting (warning)
Value: 7260s (threshold 3600s)
Since: 2025-12-01 05:40 CET
Dashboard: Worker → Codeintel: Repository commit graph updates
Auto-assigned to: Sourcegraph vendor support

Comment from Veldhuis ops: started after a large history rewrite in two repos (BFG cleanup) on Friday.
"""),

T("Rust support?", "p3", "one_liner", r"""
Do you support the precise jump-to-definition for Rust, and if yes which indexer?
"""),

T("Large files take 30s to open, then show plain text", "p2", "web_form", r"""
**Name:** Osman Yıldırım
**Company:** Kervan Lojistik
**Sourcegraph version:** 5.6.185
**Deployment type:** Kubernetes
**Describe the problem:** Opening large files (~8,000+ lines, especially YAML and generated TS) takes 20-30 seconds and then shows a banner "Syntax highlighting timed out, showing plain text". Small files are fast.
**Steps to reproduce:** open `deploy/values-all-regions.yaml` in our infra repo
**Expected:** file with colours in a few seconds
**Actual:** long wait, then no colours
**Screenshots / logs:** syntect-server logs show "worker timeout, restarting"
**How many users are affected:** platform team mostly
**Business impact:**
""", note="Highlighting latency: syntect-server is a Code Intelligence keyword; its container alerts are Infra Org, but this is a behaviour question, so graph."),

T("find references give 0 result after upgrade", "p2", "non_native_english", r"""
Hi,

after we upgrade to 5.4.7765 last Thursday, the "find references" in Python repos give 0 result.
Before upgrade it was working and give many result. Go to definition still working.

We not upload any index, we use only what Sourcegraph do by default. Is something changed in the new
version? Do we need to enable something again?

Many developer ask me about this, please help.

Regards,
Nguyen Van Thanh
DevOps, Saigon Harbor Software
"""),

T("scip-typescript upload: 'unknown root'", "p3", "markdown_report", r"""
### What happens
Index built in CI with scip-typescript for a subdirectory project. Upload succeeds, but the upload
page shows a warning and navigation does nothing in those files.

```
Upload 48812: processed with warnings
  - document path "src/index.ts" not found in repository at root "" (did you mean "web/src/index.ts"?)
```

### How we run it
```
cd web && npx scip-typescript index --output ../index.scip
cd .. && src code-intel upload -file=index.scip
```

### Question
Do we need `-root=web` on upload, or run the indexer from the repo root? Docs example shows the
single-project case only.

(5.6.2140, nothing urgent)
"""),

T("precise-code-intel-worker crashloop: failed to decompress upload", "p2", "log_paste", r"""
$ kubectl logs deploy/precise-code-intel-worker -n sourcegraph --tail=20
{"Body":"Processing upload","Attributes":{"uploadID":77120,"repo":"gh.vantor.example/mobile/ios-app","indexer":"scip-swift"}}
{"SeverityText":"ERROR","Body":"failed to process upload","Attributes":{"uploadID":77120,"error":"failed to decompress upload: gzip: invalid header"}}
{"SeverityText":"ERROR","Body":"handler panicked","Attributes":{"uploadID":77121,"error":"runtime error: index out of range [3] with length 3"}}
panic: runtime error: index out of range [3] with length 3
goroutine 214 [running]: ...

The worker restarts, picks up 77121 again, panics again. All uploads behind it are stuck.
Can we skip/delete that upload safely? 5.5.2463.
— Vantor Mobility, Angela Brandt
"""),
]
