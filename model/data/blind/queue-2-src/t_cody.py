from common import T

TEAM = "cody"
QS, PEM, HAL, TS, BM, FH, EAST, CDSA, ARV = ("Quillstone Software", "Pemberton Systems", "Halvard Games",
    "Tessellate Labs", "Brightmarsh Interactive", "Fernhollow Software", "University of Eastmoor",
    "Commonwealth Digital Services Agency", "Arvenian Statistics Office")

TICKETS = [
T("Y01", TEAM, QS, "se/p2", "template",
  "Cody autocomplete stopped for ~half the team after extension update",
  """
**Summary**
Since the VS Code extension auto-updated on Monday, autocomplete no longer shows suggestions for roughly half of our developers. Chat still works for everyone.

**Steps to reproduce**
1. VS Code 1.84, Cody extension latest stable, signed in to https://qs-search.managed.example
2. Open any .ts file in `quillstone-eng/web-console`, start typing a function
3. Wait

**Expected**
Inline suggestions like before.

**Actual**
Nothing. Output > Cody by Sourcegraph shows:
`[autocomplete] request failed: 400 {"error":"unsupported model for completions: fireworks/starcoder-16b"}`

**Env**
- Managed instance (QS Search)
- Affected users seem to be the ones who had "experimental autocomplete model" turned on in settings at some point

**Impact**
~200 devs without autocomplete. Workaround of clearing user settings works for some but not all.

Tom Becker
""", tags=["autocomplete", "vscode", "regression"]),

T("Y02", TEAM, QS, "se/p2", "email-thread",
  "AI thing not suggesting code again",
  """
Devs on the payments team tell me the AI thing stopped suggesting code again as of yesterday. We went through this last month. Why does it keep breaking?

Priya

> From: Lena Voss (Payments)
> Hey Priya, autocomplete is dead for me and Marco since the update, chat is fine. Same as in October?
""", tags=["autocomplete", "vscode", "regression", "escalation"], recurs="Y01"),

T("Y03", TEAM, PEM, "se/p2", "logs",
  "Embeddings job for atlas-mono fails, embeddings container memory alert",
  """
We turned on embeddings for our monorepo `ghe.pemberton.internal/pemberton/atlas-mono` (~38 GB checkout, lots of generated protobuf) so Cody gets better context. The job fails after ~40 min every time, and the embeddings service memory alert fires at the same time.

Alertmanager:
  alertname=container_memory_usage service_name=embeddings level=warning
  summary: embeddings container memory usage >= 99%

Site admin > Cody > Embeddings jobs:
  pemberton/atlas-mono  FAILED  "embeddings: context canceled"  started 09:14 finished 09:56

$ kubectl -n devtools top pod -l app=embeddings
NAME                         CPU(cores)   MEMORY(bytes)
embeddings-6c4b9f5d8-hr2xl   1804m        7932Mi

Limit is 8Gi. Can we exclude the generated code from embeddings, and what memory is realistic for a repo this size?

Dana
""", tags=["embeddings", "alert", "memory", "monorepo"]),

T("Y04", TEAM, PEM, "se/p2", "logs",
  "embeddings pod OOMKilled again (atlas-mono)",
  """
Reopening the topic from a few weeks back. We added the exclude patterns for generated/ and *.pb.go and bumped embeddings to 12Gi. Worked for one run. Last night's scheduled re-index got OOMKilled.

  [FIRING:1] container_oomkill_events_total (embeddings)
  service_name=embeddings  namespace=devtools

kubectl -n devtools get events --field-selector involvedObject.name=embeddings-6c4b9f5d8-q8xjp
  Warning  OOMKilling  node/ip-10-12-44-9  Memory cgroup out of memory: Killed process 18812 (embeddings)

The commit it was indexing merged a vendored copy of a big JS SDK under third_party/, so I guess the excludes need to cover that too. But it feels fragile: any big merge blows it up. Is memory proportional to repo size or to the diff?

Dana
""", tags=["embeddings", "alert", "oomkill", "monorepo"], recurs="Y03"),

T("Y05", TEAM, HAL, "se/p2", "mixed",
  "Cody plugin hangs Rider when opening Frostline solution",
  """
Rider 2023.2.3 + Cody plugin (JetBrains marketplace, latest). Opening Frostline.sln (Unreal, ~60k C++ files) the IDE freezes for 1-2 min, then the Cody panel shows "Connecting..." forever. Without the plugin Rider opens in ~25s.

From idea.log:
```
2023-11-02 10:14:51,220 [ 183344]   WARN - #c.i.o.p.ProgressManager - Freeze detected: 71,432 ms in EDT
2023-11-02 10:14:51,221 [ 183345]   WARN - #c.s.c.agent.CodyAgent - agent did not respond to 'initialize' within 60000ms
```

Instance is sg.halvard.internal (self-hosted 5.2.0). Cody chat in the browser works.

Is there a way to limit what the plugin scans on startup?

Jun Park, Build Engineering
""", tags=["jetbrains", "rider", "ide", "performance", "c++"]),

T("Y06", TEAM, TS, "se/p1", "chat-paste",
  "Cody chat 429s during POC eval",
  """
amir.haddad  11:20
our eval group (~25 ppl) is doing the "explain this service" exercise today and Cody chat keeps failing with
amir.haddad  11:20
`Request failed: 429 Too Many Requests: you have exceeded the rate limit for chat messages. Retry after 3421s`
amir.haddad  11:21
that's almost an hour lockout, people think the product is broken 😬
amir.haddad  11:22
is there a per-user limit on the POC instance? can it be raised for the trial? eval ends the 15th
""", tags=["poc", "rate-limit", "chat"]),

T("Y07", TEAM, TS, "se/p1", "chat-paste",
  "rate limits again on tessellate-poc",
  """
amir.haddad  09:48
morning, the 429 problem is back 🙁 thought the limit was raised after last time?
amir.haddad  09:49
this time it's autocomplete too, not just chat:
`[autocomplete] 429: rate limit exceeded for code completions (limit: 1000/day)`
amir.haddad  09:50
we're running the "new hire onboarding" exercise with 40 ppl this week, 5 days left in the POC
""", tags=["poc", "rate-limit", "autocomplete", "chat"], recurs="Y06"),

T("Y08", TEAM, BM, "se/p3", "non-native",
  "How to stop Cody reading some files (secrets, contracts)",
  """
Hello,

Our legal team ask if we can prevent Cody to read certain files. For example the folder `config/platform_keys/` and the files with console SDK which is under NDA (paths like `//lanternfall/ThirdParty/ConsoleSDK/...` in Perforce). They should not be sent to the AI at all.

Is there configuration on the instance or in the editor for this? We use brightmarsh.managed.example and VS Code + JetBrains.

Thank you,
Kenji Watanabe
""", tags=["context-filters", "ignore", "compliance", "how-to"]),

T("Y09", TEAM, FH, "se/p3", "markdown",
  "Using our Azure OpenAI deployment for Cody on managed instance",
  """
We have an Azure OpenAI resource with GPT-4 and gpt-35-turbo deployments and want Cody on `code.fernhollow.example` to use it instead of the default provider (legal prefers our own tenant).

Questions:
1. Is BYO Azure OpenAI supported on managed instances, or only self-hosted?
2. What does the `completions` block look like? Our guess:

```json
"completions": {
  "provider": "azure-openai",
  "endpoint": "https://fh-ai.openai.azure.example",
  "accessToken": "REDACTED",
  "chatModel": "gpt4-prod",
  "completionModel": "gpt35-instruct"
}
```

3. Do the model names refer to the Azure *deployment* names or the underlying model names?

— Nadia Brooks, Eng Ops
""", tags=["azure-openai", "byok", "configuration", "how-to"]),

T("Y10", TEAM, EAST, "se/p3", "chat-paste",
  "cody in emacs??",
  """
from our lab matrix room, half the research group lives in emacs:

<prof_lindgren> is there a cody thing for emacs or is it vscode only
<ravi_k> dunno, ill ask sourcegraph
<prof_lindgren> neovim would also be acceptable. barely.

so yeah: is there an emacs client (or anything that talks to a self-hosted instance from emacs)? we're on codefind.cs.eastmoor.internal, 5.1.6. thx
""", tags=["emacs", "neovim", "editor-support", "question"]),

T("Y11", TEAM, CDSA, "se/p3", "template",
  "Cody with an on-premises LLM in an air-gapped enclave",
  """
SUMMARY:
Determine whether Cody can be configured against an LLM hosted inside our enclave.

ENVIRONMENT:
- Air-gapped Kubernetes, Helm release cdsa-sg, version 5.1.8 (5.2.x planned December)
- Candidate model server: OpenAI-compatible API served from llm.cdsa.internal (vLLM), no internet egress

STEPS TO REPRODUCE:
N/A

EXPECTED RESULT:
Documentation or confirmation of supported configuration for chat and autocomplete against an OpenAI-compatible endpoint with no outbound calls to any external service (including for licensing/telemetry of Cody).

ACTUAL RESULT:
Unclear from current information whether Cody requires an external gateway.

IMPACT:
Program office decision on the AI pilot due in January.

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield
""", tags=["air-gapped", "llm", "self-hosted-model", "question"]),

T("Y12", TEAM, "one-off", "se/p2", "logs",
  "Neovim plugin: unauthorized with valid access token",
  """
Using the neovim plugin against our self-hosted instance (sg.vantora.internal, 5.2.4). Token works fine with curl but the plugin says unauthorized.

:messages
[cody] starting agent...
[cody] agent error: Error: Request to https://sg.vantora.internal/.api/graphql?CurrentUser failed with 401 Unauthorized
[cody] falling back to anonymous

$ curl -s -H "Authorization: token sgp_0123abcd...." https://sg.vantora.internal/.api/graphql -d '{"query":"{currentUser{username}}"}'
{"data":{"currentUser":{"username":"m.oyelaran"}}}

Config:
require("sg").setup({ endpoint = "https://sg.vantora.internal", accessToken = os.getenv("SRC_ACCESS_TOKEN") })

Token is exported in my shell. Maybe the agent process doesn't inherit env?

Michael Oyelaran — Vantora Systems
""", tags=["neovim", "auth", "access-token"], org_tags=["self-hosted", "enterprise"]),

T("Y13", TEAM, "one-off", "se/p3", "one-liner",
  "Cody for Xcode?",
  """
Does Cody have an Xcode extension? Our iOS team (15 people) won't switch to VS Code.
""", tags=["xcode", "editor-support", "question"], org_tags=["managed-instance", "enterprise", "game-studio"]),

T("Y14", TEAM, ARV, "se/p2", "non-native",
  "Cody answer from wrong repository",
  """
Hello,

When colleagues ask Cody in Kodas web chat about our repository "census-ingest" (Bitbucket project STAT), the answer is often about another repository "census-ingest-legacy" which is old and archived. Even when they open the file from census-ingest and ask "explain this file", Cody cites code from the legacy one. This makes people to not trust the answers.

Can we exclude archived repositories from Cody context, or tell Cody only to use the repository which is open? Version is 5.2.1.

Best regards,
Tomasz Wierzbicki
""", tags=["context", "chat", "relevance"]),

T("Y15", TEAM, HAL, "se/p2", "email-thread",
  "Rider freezing with Cody plugin (Ember Tide project)",
  """
Hi,

I'm on the Ember Tide gameplay team. Same as what Jun reported for the Frostline solution: with the Cody plugin enabled Rider locks up when I open EmberTide.sln. I tried the exclusion setting suggested in Jun's ticket but it didn't change anything for me, and my project is smaller. Rider 2023.3 EAP, Windows 11.

Thread dump attached (rider-threaddump-1206.txt). Turning the plugin off makes it fine again.

Cheers,
Yusuf Demir
Senior Gameplay Programmer, Halvard Games

> From: Jun Park
> Yusuf, send it to support and mention my ticket, they know the background
""", tags=["jetbrains", "rider", "ide", "performance"], recurs="Y05"),

T("Y16", TEAM, PEM, "se/p1", "email-thread",
  "We pay for Cody and nobody can use it",
  """
Since the weekend every engineer who opens Cody gets "Cody is not enabled on this instance". We are paying for 2,400 Cody seats. Fix it today.

Victor Hale | VP Engineering | Pemberton Systems

> From: Dana Okafor
> Victor, this started after we applied the 5.2.6 site-config changes Saturday. Config still has "cody.enabled": true. License page shows Cody as included. Nothing in frontend logs besides:
>   WARN  cody: disabled  {"reason": "no completions provider configured"}
> I'll open a case, looks like the completions block might have been reset by the upgrade.
""", tags=["cody-disabled", "configuration", "upgrade", "escalation"]),

T("Y17", TEAM, "one-off", "se/p1", "logs",
  "Cody chat broken after upgrade: anthropic model not found",
  """
Self-hosted 5.2.5, we bring our own Anthropic key. Since upgrading from 5.1.x yesterday all chat requests fail. Autocomplete unaffected.

frontend log:
{"SeverityText":"ERROR","Body":"completions request failed","Attributes":{"provider":"anthropic","model":"claude-v1","status":404,"body":"{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"model: claude-v1\"}}"}}

site config:
"completions": { "provider": "anthropic", "accessToken": "…", "chatModel": "claude-v1", "fastChatModel": "claude-instant-1", "completionModel": "claude-instant-1" }

That config hasn't changed in months. Do we need different model names now?

Greta Sørensen, Tooling, Skarvhavn Software
""", tags=["anthropic", "chat", "upgrade", "configuration"], org_tags=["self-hosted", "enterprise"]),

T("Y18", TEAM, QS, "se/p2", "markdown",
  "Feature request: team-wide custom commands",
  """
Our teams wrote a handful of useful custom commands (e.g. "generate table test for this Go func", "write a migration rollback") and currently share them by copying a `cody.json` around Slack.

**Request:** a way for an admin to publish commands/prompts on QS Search so every user gets them in VS Code and the web chat, versioned, without local files.

**Why:** consistency + onboarding. ~420 users.

Tom Becker
""", tags=["feature-request", "custom-commands", "prompts"]),

T("Y19", TEAM, "one-off", "se/p1", "email-thread",
  "Cody trial: no embeddings generated for GitLab repos",
  """
Hello,

We are in week two of a Cody Enterprise trial on our self-hosted instance (code.harrowgate.ac.example, 5.2.3). Embeddings were generated for the GitHub repos we connected, but none of the ~300 repos from our GitLab connection are listed in the embeddings jobs, and "Schedule" for a single GitLab repo does nothing. Chat answers for those repos have no context.

We present to the faculty IT board on the 30th to decide on purchase. Could you please help us understand why GitLab repos are skipped?

Best regards,
Dr. Amara Nwosu
Head of Research Software Engineering, Harrowgate University

> From: (trial kickoff notes)
> embeddings policy: "*" repos, scheduled nightly
""", tags=["trial", "embeddings", "gitlab"], org_tags=["self-hosted", "trial", "education"]),

T("Y20", TEAM, FH, "se/p2", "chat-paste",
  "azure openai: chat ok, autocomplete 404",
  """
nadia.brooks: update on the azure openai setup (thanks for the config help last month)
nadia.brooks: chat works great now
nadia.brooks: autocomplete fails for everyone:
    [autocomplete] 404 {"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}
nadia.brooks: our completion deployment is named `gpt35-instruct` and it definitely exists in the portal
sam.ortiz: could it be calling the chat completions route instead of the completions route for that model?
""", tags=["azure-openai", "autocomplete", "configuration"], recurs="Y09"),
]
