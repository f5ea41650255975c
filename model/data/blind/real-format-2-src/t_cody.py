from common import T

TEAM = "cody"

TICKETS = [
T("Re: [SECURITY] code from restricted repos sent to the AI provider",
"""
All,

Escalating formally. Our DLP proxy confirms that snippets from `payments/hsm-keys` and `payments/card-vault` — both explicitly excluded in the assistant's context filter config — were included in outbound requests to the model endpoint this week. Legal has been informed. We've disabled the feature for all users pending your answer.

We need: (1) confirmation of what was sent and when, (2) whether the provider retains it, (3) a fix.

Marta Quintero
CISO Office, Calloway Bank plc
CONFIDENTIAL: This communication is intended only for the named recipient(s).

> On Wed, Dec 2, 2026 at 4:47 PM Deepak Rao wrote:
> Marta, I reproduced it. Ask the chat "what does the keyloader do" from any open file and
> the request body in the proxy log has 3 chunks from hsm-keys. Our exclusion block is:
>
>   "cody.contextFilters": { "exclude": [ { "repoNamePattern": "^git\\\\.calloway\\\\.internal/payments/(hsm-keys|card-vault)$" } ] }
>
> Instance version 6.0.2, self-hosted. Also unrelated, the search page looks different
> since the upgrade, not a problem.
>
>> On Wed, Dec 2, 2026 at 10:05 AM Marta Quintero wrote:
>> Deepak - DLP raised an alert about source code leaving the network to an AI vendor.
>> Is that our Sourcegraph assistant? I thought we had locked that down.
""",
"se/p0", "email-thread", ["urgent", "security", "escalated"], ["self-hosted", "enterprise"]),

T("AI chat + completions dead for the entire company",
"""
Since ~09:10 UTC every request fails. ~2,000 devs, the whole org uses it in VS Code and JetBrains.

From the VS Code output panel (Cody by Sourcegraph):
█ CodyCompletionProvider:error: Request failed: 502 Bad Gateway
█ ChatController: completions request failed: {"error":"upstream: all configured providers failed: azure-openai: 401 Unauthorized (token expired)"}

From frontend logs:
{"SeverityText":"ERROR","Body":"completions stream failed","Attributes":{"provider":"azure-openai","endpoint":"https://aoai-gw.kestrel.internal/openai/deployments/gpt4o-prod","status":401}}

Our cloud team says they rotated the Azure key at 09:00 and put the new one in site config under completions.accessToken — did that and it still fails. Is there a cache?
""",
"se/p0", "logs", ["urgent", "outage"], ["enterprise"]),

T("Autocomplete stopped in IntelliJ after IDE update (whole team)",
"""
**Sourcegraph version:** 6.0.1
**Platform information:** IntelliJ IDEA 2026.3, plugin 7.4.0, macOS 15 + Ubuntu 24.04

**Steps to reproduce:**
1. Update IntelliJ to 2026.3
2. Open any Java or Kotlin file
3. Start typing

**Expected behavior:**
Grey inline suggestions appear as before.

**Actual behavior:**
Nothing. The status bar icon shows a spinner forever. Chat in the side panel still works. Downgrading the IDE fixes it, but IT pushed the update to all 140 machines and won't roll it back.

**Additional context:**
idea.log shows `com.sourcegraph.cody.agent.CodyAgentException: Agent process exited with code 1` on each keystroke burst.
""",
"se/p1", "template", ["bug"], ["self-hosted"]),

T("embeddings pod dying, answers bad quality now",
"""
Hello,

After add 300 more repository, the embeddings service restart many times. In Grafana the alert "embeddings: container memory usage" is critical, and OOMKilled in pod events. Now when developer ask question in chat, answer does not know our code, is generic.

The limit we have is 8Gi. How much is correct? Also the index job is in status failed for the new repos.

We are blocked for adoption plan because pilot team say tool is useless now.

Thank you
Hyun-woo Park
""",
"se/p1", "non-native", ["bug"], ["self-hosted"]),

T("POC: assistant says it can't see our code",
"""
## Problem
During our evaluation, asking the chat anything about our repos returns variants of:

> "I don't have access to your codebase, but generally you could..."

## Environment
- Trial instance, 6.0.3, Helm on GKE
- VS Code extension 1.42, signed in against `https://sg-eval.thornbury.example`
- Repos synced & searchable (search works great)

## What we tried
- Added repos via the @-mention picker → still generic answers
- Re-signed in
- Checked site config has `"cody.enabled": true`

## Why it matters
Evaluation readout with our CTO is **next Wednesday**. The AI assistant is half the reason we're evaluating.

Screenshot: https://img.thornbury.example/eval/no-context.png
""",
"se/p1", "markdown", ["poc", "urgent"], ["trial"]),

T("RE: Renewal conversation + the latency complaints from Pune",
"""
Hi both,

Following our call — I'm happy to sign the renewal in January, but I can't justify expanding seats while the Pune office keeps telling me the suggestions "arrive after I've already typed the line".

Could support look at this before the 18th?

Rgds,
Vikram Chandrasekhar
VP Engineering, Orrin Software
--
Sent from my phone, please excuse brevity

> From: Hannah Mbeki (Sourcegraph)
> Sent: Tue 1 Dec 2026 14:55
> Thanks Vikram, I'll bring support in on the latency piece and keep the commercial side with me.
>
>> From: Vikram Chandrasekhar
>> Our Pune developers measure 5-8 seconds before an inline suggestion shows up in VS Code.
>> Bengaluru and Amsterdam are under 1s. Same instance (self-hosted in Frankfurt), same
>> extension version. Pune goes through a Zscaler tunnel, if that matters. ~350 people there.
""",
"se/p1", "email-thread", ["renewal", "performance"], ["enterprise"]),

T("\"rate limit exceeded\" in chat for everyone by lunchtime",
"""
Every day around 12:00–13:00 our users start getting this in the chat panel:

    You've reached your daily limit for chat messages. Try again tomorrow.

Autocomplete continues to work. Our hosted instance (`meridian-dx`) is on the enterprise plan, so we didn't expect per-user caps at all. Screenshot from one user: https://share.meridian.example/ratelimit.png

A teammate found something about `cody.rateLimits` in site config but we can't see it on our hosted admin page. ~300 affected daily and the rollout is being questioned internally.
""",
"se/p1", "mixed", ["bug"], ["managed-instance"]),

T("inline suggestions in Emacs just stopped showing",
"",
"se/p2", "one-liner", [], []),

T("Assistant answers in Python when I ask about Kotlin code",
"Happens maybe half the time, even with the .kt file open.",
"se/p2", "one-liner", [], []),

T("can't sign in from VS Code, self signed cert",
"""
#dev-tools, yesterday

@nils: the sign in button in the AI extension just spins. output says "unable to verify the first certificate"
@ada: our instance uses the internal CA, browsers trust it via GPO but node doesn't
@nils: tried NODE_EXTRA_CA_CERTS in my shell, launched code from there, same thing
@ada: works for me on linux, fails for the windows folks
@nils: it's 4 of us on windows so far, we can use the web chat in the meantime
""",
"se/p2", "chat-paste", [], ["self-hosted"]),

T("VS Code output panel full of context errors",
"""
Output → Cody by Sourcegraph (excerpt):

2026-12-03 10:14:22.118 [error] ContextRetriever: symf index failed for /home/lee/src/monorepo: spawn symf ENOENT
2026-12-03 10:14:22.140 [warn ] remote search context: 0 results (repo: git.oakfield.internal/platform/monorepo)
2026-12-03 10:14:25.902 [error] ChatController: getEnhancedContext timed out after 15000ms
2026-12-03 10:14:26.003 [info ] chat: sending prompt with 0 context items

Extension 1.44.0, VS Code 1.96 on Ubuntu. Only happens in the monorepo (~9 GB). In smaller repos the answers cite files fine. I can work around it by @-mentioning files manually.
""",
"se/p2", "logs", [], []),

T("Xcode extension keeps asking me to log in again",
"""
**Sourcegraph version:** 5.11.6
**Platform information:** macOS 15.2, Xcode 16.2, the AI assistant for Xcode (beta)

**Steps to reproduce:**
1. Log in through the extension
2. Close Xcode, reopen next day

**Expected behavior:** stay logged in

**Actual behavior:** prompted for login again every morning; token is generated again each time (I see new tokens piling up in my user settings)

**Additional context:** two iOS devs affected, rest of company uses VS Code
""",
"se/p2", "template", ["bug"], []),

T("chat answer is cut half way in code block",
"""
When I ask for longer thing, for example "write unit tests for this class", the answer stop in middle of code block, no closing ```. If I write "continue" it start from beginning again and stop at same place. Short answer are ok.

Our instance is 6.0.0. Model is the default one. Is there max length setting?
""",
"se/p2", "non-native", ["bug"], []),

T("Feature request: restrict which models each group can pick",
"""
# Feature request – per-group model allowlist

## Background
We enabled several models on our instance. Finance (our internal FinOps, not your team) is unhappy about the cost of the largest model.

## Ask
| Group | Allowed models |
|---|---|
| `eng-platform` | all |
| `contractors` | small/fast only |
| everyone else | default only |

## Current workaround
We disabled the big model for everyone, which annoys platform engineers.

No deadline, just want to register interest.
""",
"se/p2", "markdown", ["feature_request"], ["enterprise"]),

T("RE: Sharing our custom prompts across the org",
"""
Hi,

Small follow up from the enablement session — the presenter said custom prompts / commands can be shared with the whole organisation instead of each person copying JSON around. I can't find where to do that.

Is it a setting on the server or something every user has to import?

Thanks!
Camille Girard — Developer Enablement, Sablière Tech

> Le 28 nov. 2026 à 10:02, Olivier Renaud a écrit :
> Camille, tu peux demander au support ? Je crois qu'il y a une "prompt library".
>
>> Le 27 nov. 2026, Camille Girard a écrit :
>> Who knows how we distribute the "review my PR" prompt to all teams?
""",
"se/p3", "email-thread", ["question", "how_to"], []),

T("how to keep some repos out of AI context",
"""
[14:01] lena: before we roll the assistant out wider, legal wants a couple of repos never used as context
[14:02] lena: is that a site-config thing or per-user?
[14:02] omar: I think site config, there's a filters thing, not sure of the syntax
[14:03] lena: I'll ask support for an example, no rush, rollout is in Feb
""",
"se/p3", "chat-paste", ["question", "how_to"], ["self-hosted"]),

T("shortcut to accept just the next word of a suggestion?",
"""
pasting my question from our internal help channel since nobody knew:

  Raj  09:12  anyone know if there's a keybinding to take only part of an inline suggestion? tab takes the whole thing
  Ines 09:20  in copilot there was ctrl+right, not sure here
  Raj  09:21  ok asking vendor

VS Code on Windows.
""",
"se/p3", "chat-paste", ["question"], []),

T("Questions from Legal re: model provider & retention",
"""
Our legal team sent these. Copy/paste from their doc plus my notes:

1) "Which third-party LLM providers process our prompts when using the default configuration?"
2) "Is prompt or completion data retained by the provider, and for how long?"
3) "Is our code used to train models?"

My note: we're self-hosted but using the default model routing, not our own keys. I think there's a page that answers this, a link is fine. Also they asked whether the usage numbers in the admin dashboard count contractors — ignore that, I'll ask separately.

- Ilse, Developer Platform @ Nordvik Maritime
""",
"se/p3", "mixed", ["question"], ["self-hosted"]),

T("AI side panel unreadable in dark theme (JetBrains)",
"""
copy from our team chat:

Paulo  11:32  anyone else getting dark grey text on black in the assistant panel in Rider?
Zhen   11:33  yes since the plugin updated on Monday. code blocks are fine, the normal text is the problem
Paulo  11:34  switching to light theme fixes it lol
Zhen   11:34  cosmetic, but annoying
""",
"se/p3", "chat-paste", ["cosmetic"], []),

T("embeddings job for one repo stuck in queued",
"""
Site admin → Embeddings jobs:

  REPO                                    STATE    QUEUED AT             STARTED
  git.brennick.internal/core/billing      QUEUED   2026-11-26 03:00 UTC  -
  git.brennick.internal/core/ledger       COMPLETED 2026-11-26 03:00 UTC  03:01
  git.brennick.internal/web/storefront    COMPLETED 2026-11-26 03:00 UTC  03:04

worker log:
  {"SeverityText":"WARN","Body":"embeddings job dequeue skipped","Attributes":{"repo_id":8812,"reason":"revision not resolvable: HEAD"}}

The billing repo's default branch was renamed from master to main last week. Everything else is fine; chat just doesn't know about billing code.
""",
"se/p2", "logs", [], ["self-hosted"]),
]
