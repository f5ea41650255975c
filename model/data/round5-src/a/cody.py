TEAM = "cody"
TICKETS = [
dict(subject="Code being sent to OpenAI despite Azure-only configuration",
description="""Our security team reviewed egress logs from the proxy in front of our Sourcegraph instance and found requests from the frontend pods to api.openai.com, with request bodies containing snippets of our source code, over the last 3 days.

We have explicitly configured Azure OpenAI only, in our own tenant, because our contract forbids sending code to third-party endpoints:

"cody.enabled": true,
"completions": {
  "provider": "azure-openai",
  "endpoint": "https://corp-aoai.openai.azure.example",
  "chatModel": "gpt-4-deployment",
  "completionModel": "gpt-35-instruct-deployment",
  "accessToken": "REDACTED"
}

Proxy log excerpt:
2024-04-22T09:14:02Z CONNECT api.openai.com:443 src=10.12.4.31 (sg-frontend) bytes_out=18422
2024-04-22T09:14:05Z CONNECT api.openai.com:443 src=10.12.4.31 (sg-frontend) bytes_out=9310

We have blocked the domain at the firewall. We need an explanation today: which feature made these calls and what was sent. This is a data exposure incident for us.""",
priority="se/p0", form="logs", tags=["security","cody"], org_tags=["self_hosted","enterprise"]),

dict(subject="Cody down for the whole company",
description="""Since ~13:00 UTC nobody can use Cody: chat, autocomplete, commands, all of it. VS Code output channel:

█ CodyCompletionProvider:error {"message":"Request to https://sourcegraph.corp.example/.api/completions/stream failed with 503 Service Unavailable: upstream Cody Gateway error"}
█ ChatController: error {"error":"cody-gateway: 503 Service Unavailable"}

Same in JetBrains and on the web. We use the default Sourcegraph-provided models via Cody Gateway. Rest of Sourcegraph works fine. 1,100 developers rely on this daily.""",
priority="se/p0", form="logs", tags=["urgent","cody"], org_tags=["self_hosted","enterprise"]),

dict(subject="JetBrains plugin won't load after update",
description="""Sourcegraph version: 5.3.2
Platform information: IntelliJ IDEA 2023.3.4 Ultimate, Windows 11 and macOS 14; Cody plugin 5.5.3

Steps to reproduce:
1. update Cody plugin from the marketplace
2. restart IDE

Expected behavior: Cody sidebar loads

Actual behavior: "Plugin 'Cody: AI Coding Assistant' failed to initialize: java.lang.NoClassDefFoundError: com/intellij/openapi/editor/InlayModel$Listener" and the tool window is empty. Hits about 80% of our devs (everyone who let the IDE auto-update). Downgrading is possible via disk install but our IT locks the plugin directory, so people are stuck.

<!-- Include logs from Help > Show Log in Finder/Explorer -->""",
priority="se/p1", form="template", tags=["cody","jetbrains"], org_tags=["enterprise"]),

dict(subject="autocomplete: rate limit exceeded for the whole team",
description="""From VS Code > Output > Cody by Sourcegraph, for all 60 people on our team since Monday:

[Cody] autocomplete:error {"status":429,"message":"rate limit exceeded: you have exceeded the allotted rate of completions requests, retry after 2024-03-19T00:00:00Z"}

Chat still works. Autocomplete is the main thing people use. We're an Enterprise customer so we didn't expect limits at this level.""",
priority="se/p1", form="logs", tags=["cody"], org_tags=["enterprise","self_hosted"]),

dict(subject="Re: Embeddings for monorepo during trial",
description="""Hi Sam,

> The embeddings job for your monorepo should finish within a few hours.

It has now failed three times. Site admin > Cody > Embeddings jobs shows:

  acme-platform/mono   FAILED   "embeddings: failed to upload index: file too large (6.1 GB > max 4 GB)"

Without embeddings the chat answers about our own code are pretty useless, which is exactly what our evaluation committee is going to judge next Wednesday. Can you tell us how to get this through, or raise a limit?

Thanks,
Wei Zhang
Staff Engineer, Acme Platform

> On Thu, Sam (Sourcegraph) wrote:
> > Hi Wei, great to hear the trial instance is up!""",
priority="se/p1", form="email-thread", tags=["trial","cody"], org_tags=["poc","prospect"]),

dict(subject="Azure OpenAI: chat ok, autocomplete 404 for everyone",
description="""```json
"completions": {
  "provider": "azure-openai",
  "endpoint": "https://contoso-ai.openai.azure.example/",
  "accessToken": "REDACTED",
  "chatModel": "gpt4-turbo-prod",
  "fastChatModel": "gpt35-turbo-prod",
  "completionModel": "gpt35-turbo-instruct"
}
```

Chat works. Autocomplete fails for every user with:
`{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}`

The deployment gpt35-turbo-instruct exists in the portal (screenshot: https://imgs.contoso.example/aoai-deploy.png). Is the completions path built differently for the completion model?""",
priority="se/p1", form="config", tags=["cody"], org_tags=["self_hosted"]),

dict(subject="cody says it can't see our code",
description="""[11:02] rita: anyone else getting "I don't have access to your codebase" from cody chat?
[11:03] paulo: yes since the upgrade, for every question. It used to pull in files
[11:05] rita: the @-mention of files also shows nothing
[11:05] leo: same for the whole backend team. the context chip says "0 files"
[11:07] rita: filing with SG. we're on 5.3.1 self-hosted, cody plugin latest in VS Code""",
priority="se/p1", form="chat-paste", tags=["cody"], org_tags=["self_hosted"]),

dict(subject="warning_embeddings_container_memory_usage",
description="""This keeps firing since we turned on embeddings for ~200 repos:

  warning_embeddings_container_memory_usage
  embeddings: 80%+ container memory usage by instance

Cody still works but chat context is slow sometimes. Does the embeddings service need more memory, or are we doing something wrong with the number of repos?""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="embeddings mean blocked seconds per conn request?",
description="""what does "embeddings mean blocked seconds per conn request" mean on our monitoring page? saw it once yesterday, went away after 10 min. nothing seems broken""",
priority="se/p3", form="plain", tags=[], org_tags=["self_hosted"]),

dict(subject="sg.nvim / cody in Neovim: auth error",
description="""Using the Neovim plugin with nvim 0.9.5 on Arch.

:CodyChat →
E5108: Error executing lua: ...sg.nvim/lua/sg/auth.lua:88: Unable to authenticate: 401 {"error":"invalid access token"}

The same token works with `src login` and in VS Code. Tried regenerating it. I can use VS Code for now but I'd really like my editor back.""",
priority="se/p2", form="logs", tags=["cody"], org_tags=[]),

dict(subject="emacs cody not complete anything",
description="""hallo, I try cody with emacs (cody.el from github), chat window is open and answer is coming, but inline completion never show. In *cody-log* buffer only "completion request sent" and no response. I am on emacs 29.2 linux. My colleague with vscode has completions ok. maybe I miss some setting? thanks a lot""",
priority="se/p2", form="non-native", tags=["cody"], org_tags=[]),

dict(subject="Cody for Xcode",
description="""Our iOS team (about 45 devs) is asking whether Cody will support Xcode. They're the one team left out of our Cody rollout. Is there a beta or a timeline? Consider this a feature request from us.""",
priority="se/p2", form="plain", tags=["feature-request","cody"], org_tags=["enterprise"]),

dict(subject="Cody App crashes on launch (macOS)",
description="""### Environment
- Cody App 2023.10.x, macOS 14.1 (M2)

### What happens
App icon bounces once and quits. Crash report: https://paste.example/cody-app-crash-7721

![crash dialog](https://screens.example/crash-dialog.png)

### Tried
- reinstall
- deleting ~/Library/Application Support/com.sourcegraph.cody

VS Code extension works meanwhile, so not blocking.""",
priority="se/p2", form="markdown", tags=["cody"], org_tags=[]),

dict(subject="Can we get Claude 3 Opus as a chat model option?",
description="""**Is your feature request related to a problem?**
Our developers would like to choose Claude 3 Opus in the chat model dropdown. Today our instance only offers Claude 2.1 and Claude Instant.

**Describe the solution you'd like**
<!-- A clear and concise description of what you want to happen. -->
Opus in the list.

**Additional context**
We use the Sourcegraph-provided Anthropic models (no BYO key). Can you enable it for us, or is it coming in a release?""",
priority="se/p2", form="template", tags=["cody"], org_tags=["managed_instance"]),

dict(subject="autocomplete takes 3-4 seconds",
description="""Completions do show up, just slow enough that people have typed past them. Cody output channel:

autocomplete:stage {"stage":"network-request","latency":3412,"provider":"anthropic","model":"claude-instant-1.2"}
autocomplete:stage {"stage":"network-request","latency":3981,"provider":"anthropic","model":"claude-instant-1.2"}

Our instance is in eu-central, devs in Berlin. ~1/3 of the team complains. Screenshot of the latency histogram from the extension debug page: https://screens.example/cody-latency.png""",
priority="se/p2", form="mixed", tags=["cody"], org_tags=["self_hosted"]),

dict(subject="cody context window size?",
description="",
priority="se/p3", form="one-liner", tags=["cody"], org_tags=[]),

dict(subject="JetBrains setup page for Cody is outdated",
description="""The Cody JetBrains installation page still tells you to go to Settings > Tools > Sourcegraph and paste an access token. In the current plugin there is no such menu; it's a sign-in button in the Cody tool window. Confused a few of our devs during onboarding. Just a heads up so the content gets updated.""",
priority="se/p3", form="plain", tags=["docs"], org_tags=["enterprise"]),

dict(subject="how to enable cody only for some group",
description="""Bonjour, we want to give Cody only to the team of 30 people first, not to all 600 users. Is there option in site admin for that, maybe with the roles? We read something about RBAC but not sure it's for Cody. Merci, no urgency.""",
priority="se/p3", form="non-native", tags=["cody"], org_tags=["self_hosted"]),

dict(subject="does cody work offline",
description="",
priority="se/p3", form="one-liner", tags=[], org_tags=["prospect"]),

dict(subject="FW: \"daily limit reached\" for some users",
description="""Hi support, see the complaint below from one of our teams. Can you check?

Regards, Nikhil (IT)

-----Original Message-----
From: Ines Carvalho
Subject: Cody stopped working for me

Hi Nikhil,
Since lunchtime Cody chat in VS Code says "You've reached your daily limit for chat messages. Upgrade to Pro for more." I'm on our company Sourcegraph, not a personal account, so that seems wrong? Two others in my squad get it as well, the rest of the team is fine. I can still use autocomplete.
Thanks, Ines

________________________________
Este correio eletrónico e quaisquer anexos são confidenciais.""",
priority="se/p2", form="email-thread", tags=["cody"], org_tags=["enterprise"]),
]
