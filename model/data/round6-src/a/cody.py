from common import t

TEAM = "cody"
TICKETS = [
t("Cody says it searched our code but answers about a different repo",
"""When I ask Cody in the web chat "where do we validate IBAN numbers?" it shows "Searched 12 files" and then explains code from `payments-legacy`, but I have `payments-core` selected as the repo in the chat context. The regular search bar finds the right file in payments-core immediately with `IbanValidator`. So search itself is fine; it's what Cody picks up as context that's off. Happens for me and a colleague, others haven't tried.""",
"se/p2", "plain", ["cody"], ["self_hosted"]),

t("autocomplete stopped in IntelliJ after plugin update",
"""Sourcegraph version: 5.3.2
Platform information: IntelliJ IDEA 2023.3.4 Ultimate, macOS 14, Cody plugin 5.2.x (auto-updated yesterday)

Steps to reproduce:
1. open any Kotlin or Java file
2. type

Expected behavior: grey inline suggestions as before
Actual behavior: nothing. Chat still works. idea.log has:
```
WARN - #c.s.c.a.CodyAutocompleteManager - autocomplete request failed: java.util.concurrent.CancellationException
WARN - #c.s.c.agent.CodyAgent - agent process exited with code 1
```
Rolling back the plugin fixes it, so we have a workaround for now.""",
"se/p2", "template", ["cody"], ["enterprise"]),

t("Cody completely down for everyone - 429 from gateway",
"""Every Cody request from every user on our instance fails since ~11:00 UTC. Chat shows "Request failed: 429 Too Many Requests" and autocomplete is dead in VS Code and JetBrains. Sourcegraph itself (search, code browsing) is fine. Frontend log:

```
{"SeverityText":"ERROR","InstrumentationScope":"completions","Body":"upstream request failed","Attributes":{"provider":"sourcegraph","status":429,"url":"https://cody-gateway.sourcegraph.com/v1/completions/anthropic","body":"rate limit exceeded for license"}}
```
We rolled Cody out to 1,200 developers on Monday, nobody can use it right now and leadership is asking.""",
"se/p0", "logs", ["urgent", "cody"], ["self_hosted", "enterprise"]),

t("embeddings index for monorepo stuck in 'queued' for 3 days",
"""Hi team,

> > Which repos are affected?
> Only the monorepo, the rest are done.

Following up: our monorepo (approx 38 GB working copy) has been "Queued" in Site admin > Cody > Embeddings jobs since Friday. Smaller repos finished fine. Is there a size limit on the embeddings index? The zoekt search index for that repo is fine, search works, it's only the Cody one.

We are in a Cody trial that ends on the 15th and the monorepo is where 80% of our engineers work, so without it the evaluation is pretty meaningless.

Best,
Tariq Haddad | Developer Platform | Solvane""",
"se/p1", "email-thread", ["cody", "trial"], ["self_hosted", "poc"]),

t("Azure OpenAI: completions return 404 DeploymentNotFound",
"""Site config (secrets redacted):

```json
"cody.enabled": true,
"completions": {
  "provider": "azure-openai",
  "endpoint": "https://aoai-weu-dev.openai.azure.example",
  "accessToken": "REDACTED",
  "chatModel": "gpt-4-32k",
  "fastChatModel": "gpt-35-turbo",
  "completionModel": "gpt-35-turbo-instruct"
}
```

Chat answers now: `404 {"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}`. In Azure the deployments are named `gpt4-32k-prod` etc. Should the model fields contain the Azure *deployment* name or the model name?""",
"se/p2", "config", [], ["self_hosted"]),

t("Cody context: keyword search vs embeddings",
"""We disabled embeddings to save cost. Now Cody's answers about our code got worse and I read somewhere it falls back to "keyword search" for context. Is there any tuning we can do for that (e.g. which files get ranked), or is re-enabling embeddings the only way? Just a question.""",
"se/p3", "plain", [], ["enterprise"]),

t("VS Code: 'Sign in to Sourcegraph' loops back to the same screen",
"""VS Code 1.87 / Cody extension 1.8.x / our instance behind Okta SSO.

Click "Sign in with Enterprise instance" -> browser opens, Okta login ok, page says "Authorization successful, you can return to VS Code" -> back in VS Code still on the sign-in screen. Output panel "Cody by Sourcegraph":
```
█ auth: redirect received but token exchange failed: invalid state
```
Logging into the instance website works fine, so SSO itself is OK. Workaround: pasting an access token manually works. Affects about 30 people in my team.""",
"se/p2", "mixed", ["cody"], ["self_hosted"]),

t("JetBrains setup page outdated",
"""The Cody for JetBrains install page still shows screenshots of the old settings panel with "Custom Request Headers" and says to set the server endpoint under Tools > Sourcegraph. In the current plugin that's under Settings > Sourcegraph & Cody > Accounts. Confused two of our new hires this week. FYI only.""",
"se/p3", "plain", [], []),

t("cody neovim?",
"",
"se/p3", "one-liner", [], []),

t("Cody App crashes on launch (macOS Sonoma)",
"""Cody App 2023.x crashes right after the splash screen on M2 Mac. Crash report excerpt:

```
Exception Type:  EXC_CRASH (SIGABRT)
Termination Reason: Namespace SIGNAL, Code 6 Abort trap: 6
Thread 0 Crashed:: main
0   libsystem_kernel.dylib  __pthread_kill + 8
3   Cody                    tauri::app::App::run + 812
```
Deleted ~/Library/Application Support/com.sourcegraph.cody and reinstalled, same.""",
"se/p2", "logs", [], []),

t("Does Cody send our source code to Anthropic? Retention?",
"""Hi,

we are evaluating Sourcegraph Enterprise with Cody. Our security review has a few blocking questions:
- When a developer asks Cody something, which code snippets leave our network, and to whom (Sourcegraph gateway, Anthropic, OpenAI)?
- Is any of it retained or used for training?
- Can we use our own Azure OpenAI instead so nothing goes to Sourcegraph's gateway?

We need answers for the security committee on the 22nd.

Thanks,
Ingrid Solheim, CISO office, Fjordline Software""",
"se/p2", "email-thread", ["poc"], ["prospect"]),

t("@-mention can't find files in big repo",
"""In the Cody chat (VS Code), typing `@` and part of a filename only lists files I've opened recently. `@PaymentRouter` finds nothing although the file exists in the repo and regular Sourcegraph search finds it. Is @-file search limited to open files or some index?""",
"se/p2", "plain", [], ["self_hosted"]),

t("warning embeddings container memory usage",
"""We keep getting:

warning embeddings: 99%+ container memory usage by instance

from our self-hosted instance (k8s), roughly every night around 02:00 when the embeddings jobs run. Pod isn't OOMKilled yet. Should we give it more memory or limit something in the embeddings policy? Cody answers are fine during the day.""",
"se/p2", "mixed", [], ["self_hosted"]),

t("Emacs support for Cody?",
"""Hoi, is er een officiële Cody client voor Emacs? Or a recommended way to use the agent from Emacs? Een paar senior devs willen Emacs echt niet verlaten :) Geen haast.""",
"se/p3", "non-native", [], []),

t("autocomplete 6-9 seconds for all devs",
"""Since the weekend Cody autocomplete takes 6 to 9 seconds per suggestion for basically all of our developers (VS Code and IntelliJ), which makes it useless — by the time it shows up you've typed the line. Chat latency looks normal. The rest of the instance is fast. We're on the managed instance if that matters. No workaround we know of.""",
"se/p1", "plain", ["cody"], ["managed_instance"]),

t("chat error: 'context window exceeded'",
"""[15:20] ravi: cody chat just threw this at me
[15:20] ravi: ```Error: prompt is too long: 112044 tokens > 100000 maximum```
[15:21] ravi: i only added two files with @ and asked it to explain the diff
[15:21] sophie: same when i add the big generated proto file
[15:22] ravi: is there a setting for how much context gets sent or do we just not @ big files?""",
"se/p2", "chat-paste", [], ["self_hosted"]),
]
