TEAM = "cody"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p1", "Chat fails for everyone after key rotation",
"""Sourcegraph version: 5.8.1579
Platform information: Kubernetes (EKS), self-managed

Steps to reproduce:
<!-- Minimal steps to reproduce the behavior -->
open chat, ask anything

Expected behavior:
<!-- What did you expect to happen? -->

Actual behavior:
"Request Failed: 401 Unauthorized - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"
Autocomplete in the editor still seems to work.

Additional context
Our security team rotated the Anthropic API key on Monday (we bring our own key). I updated `completions.accessToken` in site config with the new one and saved, no errors. Still 401 for all 450 users. Did I miss a place where the key is stored?""",
["bug"], ["self-hosted"])

t("template", "se/p2", "No inline suggestions in Kotlin files (IntelliJ)",
"""Sourcegraph version: 6.0.0
Platform information: IntelliJ IDEA 2024.3.2 Ultimate, macOS 14.6, plugin 7.2.4

Steps to reproduce:
1. Open a .kt file in our Android project
2. Start typing a function

Expected behavior:
Grey ghost-text suggestions like in .java files

Actual behavior:
Nothing in .kt, .kts. Java files in the same project are fine. Chat works in both.

Additional context
Happens for 3 people on my team, others haven't tried.""",
[], [])

t("template", "se/p3", "Xcode support?",
"""Sourcegraph version: <!-- What version of Sourcegraph are you using? -->
Platform information: Xcode 16

Steps to reproduce:
<!-- Minimal steps to reproduce the behavior -->

Expected behavior:
<!-- What did you expect to happen? -->

Actual behavior:
<!-- What happened instead? -->

Additional context
our iOS team asks if the assistant works in Xcode or if they have to switch to VS Code for it""",
["question"], [])

# ---------------- logs ----------------
t("logs", "se/p0", "assistant down for entire company",
"""Every chat and every completion fails for all our users since ~08:15 CET. From the VS Code output channel:

█ CodyCompletionProvider:error: Request failed: 503 Service Unavailable
  upstream: cody-gateway.sourcegraph.com
  body: {"error":"upstream unavailable: all providers failed"}
█ ChatController:error: Error: Request to https://sable.sourcegraph.com/.api/completions/stream failed with 503

Web chat on the instance shows the same. Search and everything else on the instance works fine. This is our hosted instance; 1,100 devs with it as their main assistant, productivity basically halted.""",
["outage"], ["managed-instance"])

t("logs", "se/p2", "'no embeddings for repo' in VS Code output",
"""Context from our main repo seems to be ignored. Output channel:

2025-04-02T09:14:11.204Z [info] ContextProvider: repo=github.com/brightmoor/ledger
2025-04-02T09:14:11.431Z [warn] embeddings search failed: no embeddings found for repo "github.com/brightmoor/ledger"
2025-04-02T09:14:11.432Z [info] falling back to keyword context (0 results)

Site admin > Embeddings shows the job for that repo as "Completed" on March 28. Other repos fine.""",
[], [])

t("logs", "se/p1", "embeddings container OOMKilled, jobs failing",
"""Alertmanager has been firing this for two days:

  embeddings: container_oomkill_events_total > 1   CRITICAL
  embeddings: container_memory_usage  99.1%  WARNING

$ kubectl -n sourcegraph describe pod embeddings-7c9d8b5f4-lq2xv | grep -A3 "Last State"
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137

The embeddings jobs for our monorepos all fail now, and the assistant's answers clearly have no context about our code anymore. Bumped memory limit from 8Gi to 16Gi, still dies. Whole company relies on it for onboarding.""",
["alert"], ["self-hosted"])

# ---------------- one-liner ----------------
t("one-liner", "se/p2", "cody stopped in pycharm", "", [], [])

t("one-liner", "se/p3", "can we use our own openai key", "", ["question"], [])

t("one-liner", "se/p1", "autocomplete gone for whole team",
"since this morning. VS Code. nothing changed on our side", [], [])

# ---------------- email-thread ----------------
t("email-thread", "se/p1", "Re: Evaluation feedback - answers don't know our code",
"""Hi support team,

Jonas from Redfern asked me to open a ticket so your engineers can look. See his notes below. The demo to their VP is on Thursday and right now the assistant is the weakest part of the evaluation.

Best regards,
Camille Durand
Account Executive

> From: Jonas Weber <j.weber@redfern-aero.example>
> Date: Mon, 12 May 2025
>
> Camille,
>
> Thanks for the extension of the trial license, that part is sorted.
>
> The problem: when we ask things like "where do we validate flight plan checksums?" in the editor chat, the answers are generic and never reference our repositories, even when we @-mention the repo. The little context list shows "0 items". Searching for "checksum" on the instance finds the code immediately.
>
> We have 3 engineers comparing this with a competitor tool side by side, and the competitor wins on this right now.
>
> > On Fri, 9 May 2025, Camille Durand wrote:
> > Great to hear the search side went well! Let me know how the AI part goes.
>
> Jonas Weber
> Redfern Aerospace - Software Tooling""",
["poc", "email"], ["poc", "self-hosted"])

t("email-thread", "se/p2", "FW: rate limit messages",
"""Hello,

Forwarding from one of our team leads.

Regards,
IT Service Desk, Pelican Shipping

---
From: Aiko Tanaka
Sent: 02 June 2025 15:20
Subject: rate limit messages

Hi IT,

Several of the heavier users in my team get "You've reached your daily limit for chat messages. Try again tomorrow." in the editor around lunchtime. We're on the enterprise plan as far as I know, I didn't think there was a limit. The other 20 people in the team are fine.

Can you check with the vendor whether the limit can be raised for us?

Thanks
Aiko

--
Pelican Shipping Ltd. Registered in England. Confidential.""",
["email"], [])

t("email-thread", "se/p0", "Code from excluded repos sent to model",
"""Hi,

Please escalate immediately.

On Wed, 23 Apr 2025 at 11:40, Dr. Femi Adeyemi wrote:
> Team,
> We configured context filters so that nothing from the `gitlab.castellan.internal/classified/*` projects is ever sent to the LLM. Today one of our engineers asked the chat about a helper function and the answer quoted, verbatim, 40 lines from classified/guidance-core. The "context" list under the answer shows that file.
>
> We have confirmed the filter is still in the site config:
>   "cody.contextFilters": { "exclude": [ { "repoNamePattern": "^gitlab\\.castellan\\.internal/classified/.*" } ] }
>
> This is a reportable incident for us. We have disabled the assistant for all users until further notice. We need to know what was transmitted, to which provider, and why the filter was bypassed.
>
> On Wed, 23 Apr 2025 at 10:05, Liam Porter wrote:
> > Femi, screenshot attached, this shouldn't be possible right?

--
Castellan Defense Systems | Information Assurance""",
["security", "escalated"], ["self-hosted"])

# ---------------- non-native ----------------
t("non-native", "se/p2", "neovim plugin not start",
"""hello, I install the plugin for neovim (sg.nvim) following the readme, but when start nvim it say "node not found in PATH" and then nothing work. node is installed with nvm, `node -v` in terminal give v20.11. what I do wrong? linux ubuntu 22.04""",
[], [])

t("non-native", "se/p2", "autocomplete very slow 5-6 second",
"""Dear team. In our Singapore office the code suggestion come after 5-6 second, so nobody use it. Same thing in Frankfurt office come in less 1 second. Both use same sourcegraph instance. Is there setting for region or is network problem? thanks""",
[], [])

t("non-native", "se/p3", "answer in japanese?",
"""こんにちは. Question: can the AI chat answer in Japanese if I ask in Japanese? some of our team not comfortable with english. Is it need special setting?""",
["question"], [])

# ---------------- markdown ----------------
t("markdown", "se/p1", "Azure OpenAI: 'model not found' after upgrade to 5.5",
"""### What happened
After upgrading to **5.5.0** every chat request fails with:

```
completion request failed: 404 {"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}
```

### Config (secrets removed)
```json
"completions": {
  "provider": "azure-openai",
  "endpoint": "https://kilnworth-ai.openai.azure.com",
  "accessToken": "REDACTED",
  "chatModel": "gpt-4o-prod",
  "fastChatModel": "gpt-4o-mini-prod",
  "completionModel": "gpt-35-turbo-instruct-prod"
}
```

Deployments with those exact names exist in Azure (screenshot: https://imgur.com/a/k8WvT1z). Was working on 5.4.

### Impact
All ~600 users, no chat at all. Rolling back is hard because of DB migrations.""",
["upgrade"], ["self-hosted"])

t("markdown", "se/p2", "Request: let users pick their own chat model",
"""## Feature request

Our admins configured one chat model for the whole instance. Several teams would like to choose per-user:

- **Data science**: prefers Claude Sonnet for long notebooks
- **Backend**: wants GPT-4o
- **Everyone else**: default is fine

### Questions
1. Is per-user model selection available on Enterprise (self-hosted)?
2. If not, is it on the roadmap?

Thanks, Yarrow Health Platform team""",
["feature_request"], [])

t("markdown", "se/p2", "Chat panel on the web is blank in Firefox",
"""**Browser:** Firefox 128 ESR (company standard)
**Works in:** Chrome, Edge

When I open the assistant chat from the sidebar on our Sourcegraph web UI, the panel is just white. Search and code browsing work fine in Firefox.

Console:
```
Uncaught (in promise) TypeError: crypto.randomUUID is not a function
    at ChatPanel (chat.bundle.js:1:99812)
```

see attached screenshot.png""",
[], [])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p2", "edit command changes the wrong file",
"""[#ai-tools]
fatima 11:02 AM: anyone else seeing the "Edit code" thing apply the change to a DIFFERENT open tab?
fatima 11:02 AM: I selected a function in billing.ts, asked it to add null checks, it edited invoice.ts
greg 11:05 AM: happened to me yesterday too. undo works at least
fatima 11:06 AM: VS Code 1.96, extension 1.54.1""",
[], [])

t("chat-paste", "se/p1", "Visual Studio extension sign-in loop for everyone",
"""Copy of our internal Teams thread:

Nikhil Rao  9:14
Nobody in the .NET group can sign in to the AI extension in Visual Studio 2022 since yesterday's extension update

Nikhil Rao  9:15
Click "Sign in with Sourcegraph", browser opens, we approve, goes back to VS... and it asks to sign in again. Forever.

Hannah Cole  9:20
Same. VS Code users are fine. Web UI login (our Okta SSO) fine

Nikhil Rao  9:22
~120 devs affected, we've told people to use VS Code for now but most can't switch for our solution files""",
[], [])

t("chat-paste", "se/p3", "emacs?",
"""<dmitri> is there an emacs package for the sourcegraph AI thing
<anna> I think only vscode/jetbrains/neovim?
<dmitri> can someone ask support""",
["question"], [])

# ---------------- mixed ----------------
t("mixed", "se/p2", "context says 'indexed 0 files' for our monorepo",
"""Sourcegraph version: 5.6.185
Platform information: k8s

When I ask the chat about our monorepo (github.oakridge.example/core/platform), the context section says:

> Searched github.oakridge.example/core/platform — 0 files

Zoekt has this repo indexed (search for anything in it works in <1s). Other smaller repos return context files fine.

Slack from teammate:
> ana: maybe it's the size? repo is 14GB

Is there a limit on repo size for chat context?""",
[], [])

t("mixed", "se/p3", "data retention with model providers",
"""Hi,

Our legal team forwarded this, pasting their question:

> "For the AI assistant feature: does the third-party LLM provider (Anthropic / OpenAI) retain prompts or code snippets we send? Is there zero-retention? Is any of it used for training?"

We're on Enterprise, self-hosted, using the default Sourcegraph-provided models via the gateway. Not urgent, they just want it documented for the DPIA.

Thanks
Mirela""",
["question"], ["self-hosted"])

t("mixed", "se/p2", "Python completions add duplicate closing brackets",
"""Extension 1.60.0 in VS Code, our instance is 6.0.

Example – I type:
```python
result = compute_totals(items, tax_rate
```
Suggestion accepted gives:
```python
result = compute_totals(items, tax_rate))
```
(VS Code had already auto-closed the paren.)

From our Slack:
> oliver: yeah happens in Python all the time, not in TS
> chen: annoying but we just delete it

Happens maybe 1 in 5 completions.""",
[], [])
