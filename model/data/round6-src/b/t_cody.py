from common import make

T = make("cody")

TICKETS = [
T(1, "code snippets going to OpenAI although we configured Azure only", r"""
Our egress proxy logged this from the frontend pods this morning:

2024-06-03T07:14:22Z CONNECT api.openai.com:443 src=10.8.3.17 (sourcegraph-frontend-58f9c-kk2p) bytes_out=48213
2024-06-03T07:14:29Z CONNECT api.openai.com:443 src=10.8.3.17 (sourcegraph-frontend-58f9c-kk2p) bytes_out=51977
2024-06-03T07:15:02Z CONNECT api.openai.com:443 src=10.8.3.22 (sourcegraph-frontend-58f9c-z7wq) bytes_out=39120

Our site config only has the Azure OpenAI provider (our own tenant, contractually the only approved destination for source code). We never entered an OpenAI key. Something in the chat or autocomplete path is sending code to a provider we did not approve. We've disabled Cody for now. Need to know what was sent and why, today.
""", "se/p0", "logs", ["security", "cody"], ["self_hosted", "enterprise"]),

T(2, "Cody dead for whole company - upstream 401", r"""
Nobody can use Cody since around 10:30. Chat and autocomplete in VS Code and JetBrains, and the web chat, all return:

  Request failed: upstream error 401: {"error":"access token invalid"} (via Cody Gateway)

2,300 licensed Cody seats, it's part of everyone's workflow now. We didn't change the license or config. Instance version 5.4.2.
""", "se/p0", "logs", ["cody", "urgent"], ["enterprise"]),

T(3, "autocomplete takes 8-10 seconds", r"""
**Sourcegraph version:** 5.3.9
**Cody extension:** VS Code 1.20.2
**Platform information:** macOS + Windows, both

**Steps to reproduce:**
1. open any TypeScript or Go file
2. start typing a function body
3. wait

**Expected:** grey suggestion appears within ~1s like it did last month
**Actual:** 8-10s, by then the dev has typed past it. Output channel shows `[Cody] autocomplete: latency 9412ms (provider: anthropic)`. Chat is fine.

Affects all ~180 devs on the pilot team, nobody has a workaround. We're basically not getting autocomplete at all.
""", "se/p1", "template", ["cody"], []),

T(4, "IntelliJ plugin can't sign in to our instance", r"""
Hi,

Since updating the plugin last week nobody in our JetBrains users (around 70% of our engineers — Java shop) can connect Cody to our Sourcegraph instance. The "Sign in with Enterprise instance" button opens the browser, we authorize, the browser says "You can close this tab", but the IDE stays on "Waiting for authorization…" forever. Pasting an access token manually gives "Invalid instance URL" even though it's the same URL as VS Code uses fine.

IntelliJ IDEA 2024.1.2, plugin 5.5.9, instance sourcegraph.vertex-ins.example.

Regards,
Mehmet
""", "se/p1", "plain", ["cody"], ["self_hosted"]),

T(5, "embeddings job fails for our monorepo (POC)", r"""
We're in a POC and the main thing our architects want to see is Cody answering questions about our monorepo. The embeddings job for it fails every time at ~60%:

```
embeddings job 4417 failed: repo=git.hydra.example/platform/mono
error: embedding batch 1842: context deadline exceeded
```
Smaller repos embed fine. Without context from the monorepo, Cody's answers are generic and the POC review is in two weeks.
""", "se/p1", "mixed", ["poc", "cody"], ["poc", "prospect"]),

T(6, "search is broken", r"""
ok so "search" is the wrong word maybe. when i ask the AI chat on the side of sourcegraph about our own code it answers "I don't have access to the repository contents" or makes stuff up. it used to quote our files. my whole team (and the other two teams i asked) see the same since monday. regular code search works fine for me
""", "se/p1", "plain", [], ["enterprise"]),

T(7, "embeddings container_oomkill_events_total", r"""
Alertmanager keeps firing:

  warning_embeddings_container_oomkill_events_total  (embeddings: 1+ OOMKILL events)

embeddings pod restarted 14 times today. Cody chat still answers but the "embeddings" context indicator shows stale for several repos. Memory limit is 4Gi. What should it be for ~900 repos?
""", "se/p2", "logs", [], ["self_hosted"]),

T(8, "chat broken after switching to Azure OpenAI", r"""
We moved completions to our Azure OpenAI resource. Autocomplete works, chat returns `model not found` for every user.

"completions": {
  "provider": "azure-openai",
  "endpoint": "https://contoso-ai-eus.openai.azure.example",
  "accessToken": "REDACTED",
  "chatModel": "gpt-4o-chat",
  "fastChatModel": "gpt-35-fast",
  "completionModel": "gpt-35-instruct"
},

`gpt-4o-chat` is the *deployment* name in Azure, the underlying model is gpt-4o. Is chatModel supposed to be the deployment name or the model name? Nobody can chat right now, we rolled back to nothing.
""", "se/p1", "config", ["cody"], ["self_hosted"]),

T(9, "neovim setup", r"""
how do i point the neovim plugin at our company instance instead of sourcegraph.com? readme only shows the default
""", "se/p3", "one-liner", ["cody"], []),

T(10, "Feature request: org-wide custom commands", r"""
### What we want
Admins define custom commands / prompts **once** on the instance and every developer gets them in VS Code and JetBrains.

### Why
We have ~10 custom prompts (`explain-logging-conventions`, `generate-migration`, `review-for-pii`...). Today every developer copies a JSON file into their editor settings and half of them are on old versions.

### Nice to have
- hide built-in commands we don't want used
- see which custom commands are used most
""", "se/p2", "markdown", ["feature_request", "cody"], ["enterprise"]),

T(11, "the AI thing suggests python in my kotlin file", r"""
the autocompletion thing in android studio keeps suggesting python-looking code (def, self., etc) when i'm in .kt files. not all the time, maybe 1 in 5. my teammate on the same project gets kotlin fine. i can just ignore it but its annoying
""", "se/p2", "plain", [], []),

T(12, "re: case 6120 - still rate limited", r"""
Hi again,

Sorry for the long thread, adding our internal discussion so you have the context.

> From: Sourcegraph Support
> Sent: Monday
> Subject: re: case 6120
>
> Hi Elif, we've raised the per-user limit for your instance on Cody Gateway. Please let us know if you still see rate-limit errors.

Thanks for that, but it's still happening. It's better than before, but roughly 15 of our heavier users still hit

  "You've reached the rate limit for chat. Try again in 3h"

before lunch most days. Everybody else is fine. The ones who hit it are mostly on the platform team who use chat for long refactoring sessions with lots of files attached.

From our internal channel:

> [Tue 11:40] okan: limit again, that's the 3rd day in a row
> [Tue 11:41] elif: are you using the web chat or vs code?
> [Tue 11:41] okan: vs code. web chat still works so I switch to that
> [Tue 11:42] maya: web chat seems to have its own budget? weird
> [Tue 11:43] elif: I'll update the ticket

Questions:
1. Can we see the actual limits (per user / per instance) somewhere, e.g. site admin?
2. Is the web chat on a separate budget, and is that intended?
3. Could attached context size be what eats the budget?

Not an emergency — people have the web chat as a workaround — but the platform team is getting frustrated.

Elif Demir
Engineering Productivity
""", "se/p2", "email-thread", ["cody"], ["enterprise"]),

T(13, "cody.el error on startup", r"""
Emacs 29.3, cody.el from main as of last week.

Debugger entered--Lisp error: (wrong-type-argument stringp nil)
  cody--alist-to-json(((extensionConfiguration ...)))
  cody--request("initialize" ...)
  cody-login()

happens when `cody--sourcegraph-host` is set to our instance. with the default it starts. i can use it from vs code meanwhile
""", "se/p2", "logs", [], []),

T(14, "[Cody feedback] thumbs down from user", r"""
== Automatically forwarded from in-IDE feedback ==
Client: JetBrains (Rider 2024.1) / Cody 5.6.1
Instance: https://sg.lattice-games.example
User: kbarros
Rating: 👎
Comment: "it keeps saying it can't read the file I have open. I have to paste the code in manually every time."
Attached context: (none — 0 files)
== end ==

(admin note: 3 Rider users reported the same, VS Code users OK)
""", "se/p2", "template", ["cody"], ["self_hosted"]),

T(15, "JetBrains setup page outdated", r"""
The Cody for JetBrains install page still says to enable "Cody (Experimental)" in Settings > Tools, which no longer exists in the current plugin. Minor, but it confused a couple of our new hires.
""", "se/p3", "plain", ["docs"], []),

T(16, "Re: Cody rollout - model choice", r"""
Hi Support,

Forwarding a question from our rollout channel that I couldn't answer:

> Which chat models can admins enable for us (we're on Enterprise, Cody via Cody Gateway)? And can individual users pick a model in their editor, or does the admin choose one for everybody?

No rush — we're writing the internal FAQ this month.

Cheers,
Daniel Okafor
Engineering Enablement
""", "se/p3", "email-thread", ["cody"], ["enterprise"]),

T(17, "keep the assistant away from one repo", r"""
Quick question — our legal team wants the code in `git.company.example/legal/contracts-gen` never to be sent to the LLM. Is there a way to exclude specific repos from Cody's context while keeping it on for everything else? Not urgent, need the answer for a policy doc.
""", "se/p3", "non-native", [], ["self_hosted"]),

T(18, "Cody App still supported?", r"""
[14:02] lena: does anyone know if the desktop "Cody App" is still a thing? ours keeps prompting for an update that fails
[14:03] paolo: ask support
[14:03] lena: ok
---
so: is the Cody App still supported or should we move everyone to the VS Code extension? not urgent, just want to plan.
""", "se/p3", "chat-paste", [], []),

T(19, "autocomplete no funciona en notebooks", r"""
Hola, autocomplete works fine for me in .py files but in Jupyter notebooks (.ipynb) inside VS Code it never suggests anything. Chat works in the notebook. Mis compañeros also same. Is notebooks supported or we configure something wrong? We can live with it but data science team use notebooks a lot.
""", "se/p2", "non-native", [], []),

T(20, "answers cut off mid sentence", r"""
[10:41] tomasz: anyone else get cody chat answers cutting off halfway? asked it to explain `billing/reconcile.go` and it stopped at "The function first iterates over the"
[10:42] ines: yes!! when i select the whole file. if i select only one function it finishes
[10:42] tomasz: so long context = truncated?
[10:43] ines: looks like it. annoying but selecting less works
[10:44] tomasz: filing with support, pasting this thread
""", "se/p2", "chat-paste", ["cody"], []),
]
