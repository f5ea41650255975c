from common import T

TEAM = "cody"

TICKETS = [
T("SECURITY: code going to OpenAI although we configured Azure only",
r"""
Our security team caught outbound traffic from developer laptops to api.openai.com while VS Code had the Sourcegraph assistant extension active. Our contract with legal explicitly says source code may only go to our Azure OpenAI tenant.

Site config (redacted):

"cody.enabled": true,
"completions": {
  "provider": "azure-openai",
  "endpoint": "https://kestrel-aoai.openai.azure.example",
  "accessToken": "REDACTED",
  "chatModel": "gpt4-chat-deploy",
  "completionModel": "gpt35-instruct-deploy"
}

Proxy log excerpt:
2024-04-11T09:12:44Z CONNECT api.openai.com:443 src=10.22.14.87 user=jdoe ua="vscode-cody/1.12.0"
2024-04-11T09:12:51Z CONNECT api.openai.com:443 src=10.22.14.87 user=jdoe ua="vscode-cody/1.12.0"

We've blocked the domain at the proxy for now. We need to understand what was sent and why. Treat as a security incident please.
""",
"se/p0", "mixed", tags=["security"], org_tags=["self_hosted", "enterprise"]),

T("I can see someone else's chat history",
r"""
When I open the chat sidebar in the web app, the history panel lists conversations I never had - one of them includes a snippet from a repo (payments-core) I don't have access to. A colleague reproduced the same thing with his account. We're on a managed instance. Please look at this right away, this looks like a data leak between users.
""",
"se/p0", "plain", tags=[], org_tags=["managed_instance"]),

T("autocomplete very slow in intellij",
r"""
hello, autocomplete in intellij take 4-6 second, in vscode same user same repo is under 1 second. plugin version 5.2.x, IDEA 2023.3 ultimate. we are 30 developer use intellij, all have same. chat is ok. what we can check?
""",
"se/p2", "non-native", tags=[], org_tags=["enterprise"]),

T("Neovim support?",
r"""
Is there an official plugin for Neovim or only the community one? We have maybe 20 people who won't leave vim :) Also Emacs, same question.
""",
"se/p3", "plain", tags=[], org_tags=[]),

T("embeddings job fails for monorepo + oomkill alert",
r"""
Two things that are probably the same thing:

1) Site admin > Cody > Embeddings jobs: the job for `monorepo/platform` goes to FAILED after ~40 min every time. Error column:

   failed to embed repo: upload index: context canceled

2) our Grafana shows, at the same times:

   warning embeddings: container_oomkill_events_total
   warning embeddings: container_memory_usage (99%)

Smaller repos embed fine, only this 38 GB one fails. Chat still works, just without that repo's context. Self-hosted on k8s, 5.2.6.
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("Azure OpenAI 404 DeploymentNotFound - POC demo Thursday",
r"""
We are evaluating Sourcegraph (self-hosted POC) and must use our Azure OpenAI. Chat returns:

  Request Failed: 404 {"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}

site config:

```json
"completions": {
  "provider": "azure-openai",
  "endpoint": "https://pocsg-aoai.openai.azure.example/",
  "accessToken": "${AOAI_KEY}",
  "chatModel": "gpt-4",
  "fastChatModel": "gpt-35-turbo",
  "completionModel": "gpt-35-turbo-instruct"
}
```

In Azure the deployments are called `sg-gpt4` and `sg-gpt35`. Do the model fields need the deployment name or the model name? Demo to our CTO is Thursday.
""",
"se/p1", "config", tags=["poc"], org_tags=["poc", "prospect"]),

T("Cody answers like it never saw our code",
r"""
Users say the assistant gives generic StackOverflow-ish answers instead of using our repositories. E.g. "where do we validate IBANs?" returns an example regex instead of pointing at `libs/validation/iban.ts`, which definitely exists. Repo is selected as context in the chat. Was better a month ago. Not blocking anyone, just much less useful.
""",
"se/p2", "plain", tags=[], org_tags=["self_hosted"]),

T("vscode sign-in loops back to the browser forever",
r"""
Sourcegraph version: 5.3.3
Platform information: Kubernetes, SAML via Okta (web login works fine)

Steps to reproduce:
1. Install the Cody extension in VS Code 1.88
2. "Sign in with Sourcegraph Enterprise", enter https://sg.copperleaf.internal
3. Browser opens, I'm already logged in, click "Authorize"
4. VS Code shows "Signing in..." then the browser opens again

Expected: signed in
Actual: infinite loop, 5 of the 12 people in my team hit this (all on Windows). Workaround: manually create an access token and paste it - works.
""",
"se/p2", "template", tags=[], org_tags=["self_hosted"]),

T("Fwd: Cody daily limit hit by all our users",
r"""
Hi support,

See below from our developers. We are an Enterprise customer (self-hosted, using your gateway for the models) and I wasn't aware of any daily limits in our contract. Our renewal is being discussed right now and this is not a good look.

---------- Forwarded message ---------
From: Devon Hale
To: dev-tools@brannock.example
Subject: the AI thing stopped again

Hi tools team, a few things from this morning's standup:

1. The VPN was slow again (separate ticket with IT, ignore).
2. Since around 11:00 most of us get "You've used all your chat messages for today. Upgrade to Pro..." in the sidebar. Autocomplete also stopped - no grey suggestions at all. Restarting VS Code and signing out/in doesn't help.
3. Search in the web UI is fine, so it's only the assistant.

> From: Mia Sato
> same, whole backend team. What happened? Did someone change the plan?
>
> > From: Jonah Weiss
> > JetBrains users too. I have a demo at 3pm and I was going to show the test generation...

Our site admin says nothing changed in site config since the upgrade to 5.3.4 last Wednesday.

--
Carla Nguyen | Developer Tooling Lead | Brannock Group
Please consider the environment before printing this email.
""",
"se/p1", "email-thread", tags=["renewal"], org_tags=["enterprise", "self_hosted"]),

T("JetBrains setup page is outdated",
r"""
### Page
JetBrains plugin install / setup page

### What's wrong
- screenshots still show the old "Sourcegraph" tool window
- says to set the URL under *Settings > Tools > Sourcegraph*; in the current plugin it's *Settings > Tools > Sourcegraph & Cody*
- the access token field moved to the account dialog

### Impact
none really, we figured it out - just a heads-up so you can refresh the page.
""",
"se/p3", "markdown", tags=[], org_tags=[]),

T("suggestions in wrong language",
r"""
[Teams chat export]
[2:14 PM] Fabio Ricci: anyone else getting python suggestions inside .kt files?
[2:15 PM] Elin Berg: yep, autocomplete keeps proposing `def ...` in our kotlin module
[2:15 PM] Fabio Ricci: only in the android repo, backend repo is fine
[2:17 PM] Elin Berg: I'll raise it with sourcegraph
---
Not urgent, it's just annoying. Android Studio Hedgehog, plugin latest.
""",
"se/p3", "chat-paste", tags=[], org_tags=["enterprise"]),

T("Xcode?",
r"""
any plan for xcode
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("Feature request: choose Claude model per user",
r"""
Hi Jonas,

> On Mon, Jonas (Sourcegraph) wrote:
> > Thanks for the call today! Please send any product feedback to support so it gets tracked.

As promised, the main one from our architects: we'd like individual developers to choose between the Anthropic models themselves (the bigger one for design questions, the fast one for day to day), instead of the admin picking one chatModel in site config for everyone. Is this on the roadmap?

Best,
Noor Haddad
Principal Engineer, Vellum Analytics
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.
""",
"se/p2", "email-thread", tags=[], org_tags=["enterprise"]),

T("completions 500 with our self-hosted OpenAI-compatible endpoint",
r"""
**Sourcegraph version:** 5.3.9
**Platform information:** docker-compose, on-prem
<!-- what LLM provider do you use? -->
We point completions at our vLLM server (openai-compatible).

**Actual behavior**
Chat works. Autocomplete always fails. frontend logs:

{"SeverityText":"ERROR","Body":"completions request failed","Attributes":{"feature":"code_completions","provider":"openaicompatible","status":500,"error":"upstream: context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}}
{"SeverityText":"ERROR","Body":"completions request failed","Attributes":{"feature":"code_completions","provider":"openaicompatible","status":500,"error":"upstream: context deadline exceeded (Client.Timeout exceeded while awaiting headers)"}}

curl to the vLLM endpoint directly from the frontend container answers in 900 ms. Is there a timeout we can raise?

<!-- anything else? -->
We're in a paid pilot: whether we roll out to 2,000 devs depends on autocomplete working with our own model.
""",
"se/p1", "mixed", tags=["poc"], org_tags=["on_prem", "poc"]),

T("Cody no responde en IntelliJ después de actualizar",
r"""
Hola,
después de actualizar el plugin ayer, Cody en IntelliJ no responde: el chat queda en "Generating..." para siempre. En VS Code funciona normal con la misma cuenta. Somos 8 personas con el mismo problema, las demás usan VS Code sin problema. ¿Se puede volver a la versión anterior del plugin?
Saludos, Tomás
""",
"se/p2", "non-native", tags=[], org_tags=[]),

T("Cody blocked by corporate proxy for everyone",
r"""
Self-hosted instance, enterprise. Our network team enforced TLS inspection on all outbound traffic on Monday. Since then Cody doesn't work for anyone - chat and autocomplete. frontend log:

  cody-gateway: Post "https://cody-gateway.sourcegraph.com/v1/completions/anthropic": x509: certificate signed by unknown authority

Search and everything else works. We can add the proxy CA somewhere, but where does the frontend read extra CAs from? 600 users without the assistant, which was the main reason we bought.
""",
"se/p1", "logs", tags=[], org_tags=["self_hosted", "enterprise"]),

T("@-mention can't find our repos",
r"""
[#dev-tools-help]
sven.h: when I type @ in the chat and start the repo name, the dropdown shows ~10 repos and never infra/terraform-modules
sven.h: the normal search bar finds that repo instantly
yara.m: same for me with data/airflow-dags. maybe a limit on what can be added as context?
sven.h: we have 2,300 repos fwiw
yara.m: I can paste the file in manually as a workaround but it's clunky
""",
"se/p2", "chat-paste", tags=[], org_tags=["managed_instance"]),

T("Cody em português?",
r"""
Olá! O Cody responde em português se eu perguntar em português? Alguns colegas preferem. E tem como configurar a língua padrão para a equipe inteira? Obrigada!
""",
"se/p3", "non-native", tags=[], org_tags=[]),

T("must exclude secrets/ folders from context before audit",
r"""
Hi,
Compliance requires that nothing under `*/secrets/**` or `deploy/keys/**` is ever sent to the LLM provider. Is there a way to exclude paths/repos from context for the assistant (chat + autocomplete) instance-wide, not per developer? We have an external audit on the 15th and need to show the control is in place by then.

Thanks, Iris
""",
"se/p1", "plain", tags=[], org_tags=["enterprise", "self_hosted"]),

T("autocomplete stopped",
r"""
.
""",
"se/p2", "one-liner", tags=[], org_tags=[]),
]
