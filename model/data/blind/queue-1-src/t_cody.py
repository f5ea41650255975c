from common import T

TEAM = "cody"
TICKETS = [
T("co01", "HGM", "mixed", "se/p2",
"Cody autocomplete dead in IntelliJ behind our proxy",
r"""
## Problem
Cody autocomplete never returns suggestions in IntelliJ IDEA on Harrowgate laptops. Chat works *sometimes*.

## Setup
- IntelliJ IDEA 2024.1, Cody plugin (latest from marketplace as of last week)
- Instance: https://lantern.harrowgate.internal (Lantern), access token auth
- All traffic goes through our corporate proxy `proxy.harrowgate.internal:8080` with TLS inspection

## Log (Cody output in idea.log)
```
WARN - #c.s.c.agent.CodyAgent - agent: autocomplete request failed: FetchError: request to https://lantern.harrowgate.internal/.api/completions/code failed, reason: unable to get local issuer certificate
```

## Tried
- Added our root CA to IntelliJ's trusted certs (Settings > Tools > Server Certificates) - no change
- Set HTTP proxy in IDE settings - no change

Seems like the agent process doesn't use the IDE's trust store? VS Code works fine on the same machines.

Arjun Mehta
Payments Core
""", ["cody", "intellij", "autocomplete", "proxy", "tls"]),

T("co02", "QHC", "non-native", "se/p1",
"Cody chat all users error 401 after Azure key rotation",
r"""
Hello,

Today morning our security team did the rotation of the Azure OpenAI key (it is every 90 days). I updated the key in Atlas site configuration in "completions.accessToken" and saved. But now all users get in Cody chat:

  Request failed: 401 Unauthorized: Access denied due to invalid subscription key or wrong API endpoint

I tested the new key with curl directly to our Azure endpoint (qh-oai-weu.openai.azure.example) and it works. So the key is good. Maybe Atlas cache the old key somewhere? We restart frontend pods, same error.

Cody is used by ~600 developers every day, now nobody can use it.

Merci,
Hélène Marchand
""", ["cody", "azure-openai", "byok", "401", "site-config"]),

T("co03", "QHC", "chat-paste", "se/p1",
"Cody 401 again after key rotation",
r"""
#atlas-ops
theo.grant 09:31  key rotation ran for qh-oai-weu overnight, cody chat on atlas is 401ing for everyone again
theo.grant 09:32  helene updated completions.accessToken AND embeddings.accessToken this time, restarted frontend + worker
helene.marchand 09:40  still 401. last time the fix was the endpoint had a trailing /openai path, it is correct now
theo.grant 09:41  curl with the new key from inside the frontend pod to the azure endpoint -> 200
theo.grant 09:45  opening a ticket with sourcegraph, linking the old one

So: Cody broken for all Atlas users after rotating the Azure OpenAI key, again. Version 5.2.3.
""", ["cody", "azure-openai", "byok", "401"], recurs="co02"),

T("co04", "PRG", "template", "se/p2",
"AI thing answers from stale storefront code",
r"""
**Summary**
The AI thing (Cody chat in SG) answers questions about `pellucid-retail/storefront` using code that was deleted weeks ago.

**Impact**
Storefront team (~140 devs) has stopped trusting answers.

**Steps to reproduce**
1. Open Cody chat on pellucid.sourcegraphcloud.example with storefront repo selected
2. Ask "where is the promo-code validation done?"
3. It cites `src/checkout/promo/legacyValidator.ts` which was removed on the main branch ~5 weeks ago

**Expected**
Context from current main.

**Actual**
Outdated files cited; the embeddings page in site admin says storefront was last embedded 39 days ago.

**Environment**
Managed instance, GitHub Enterprise Cloud.

Marisol Ortega
""", ["cody", "embeddings", "context", "stale"]),

T("co05", "PRG", "one-liner", "se/p2",
"AI thing still quoting deleted storefront files",
r"""
embeddings for storefront don't seem to refresh again, Cody quoting code we removed last sprint - Kenji
""", ["cody", "embeddings", "stale"], recurs="co04"),

T("co06", "NSB", "logs", "se/p2",
"embeddings pod OOMKilled on Fyren",
r"""
Hello,

New alert this week, from our Alertmanager in Fyren:

  [FIRING:1] container_oomkill_events_total
    service_name = embeddings
    level        = warning
    namespace    = fyren
    description  = embeddings: 1+ OOMKILL events inside the container (5m)

kubectl -n fyren get pod -l app=embeddings
  NAME                          READY   STATUS    RESTARTS       AGE
  embeddings-84c7d9f6b7-tq5ls   1/1     Running   14 (22m ago)   6d

When it restarts, Cody chat in Fyren answers without repository context for some minutes. We have embeddings policy for about 450 Bitbucket repos. Memory limit is 8Gi (chart default I think). Should we raise it, and how much is needed per repo?

Lars Ekdahl
""", ["cody", "embeddings", "alert", "oomkill"]),

T("co07", "one-off", "one-liner", "se/p3",
"Cody for Emacs?",
"", ["cody", "emacs", "question"], org_tags=["self-hosted", "enterprise"]),

T("co08", "BMS", "template", "se/p2",
"[BUG] Cody VS Code sign-in loops against sg.brightmarket.internal",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) Medium
Component: Cody VS Code extension
Reporter: Sanjay Pillai

Steps to reproduce:
1. Install Cody in VS Code 1.89 (macOS)
2. "Sign in to Sourcegraph Enterprise" -> enter https://sg.brightmarket.internal
3. Browser opens, approve token, redirect back to VS Code

Expected:
Signed in, chat available.

Actual:
VS Code shows "Signed in" for ~1 second, then back to sign-in screen. Output channel "Cody by Sourcegraph":
  [error] auth: failed to fetch current user: GraphQL error: Post "https://sg.brightmarket.internal/.api/graphql": self signed certificate in certificate chain

Logs: (attach logs here)

Additional context:
Our internal CA is in the macOS keychain. Using a manually created access token gives the same loop. Web Cody on the instance works fine.
""", ["cody", "vscode", "sign-in", "tls"]),

T("co09", "BMS", "template", "se/p2",
"[BUG] Cody login loop on Windows too",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical)
Component: Cody
Reporter: Priyanka Nair (Basket squad)

Steps to reproduce:
1. Windows 11 laptop, VS Code, Cody extension
2. Sign in with our sg.brightmarket.internal URL

Expected:
Works (Sanjay said the cert fix from his ticket solved it on Mac)

Actual:
Same bounce back to the sign-in page. NODE_EXTRA_CA_CERTS is set system-wide to our CA pem.

Logs: (attach logs here)
  [error] auth: failed to fetch current user: ... unable to verify the first certificate

Additional context:
<!-- anything else? -->
""", ["cody", "vscode", "sign-in", "windows", "tls"], recurs="co08"),

T("co10", "TWL", "email-thread", "se/p2",
"Turn Cody off for contractors",
r"""
Can Cody be disabled for a subset of users on our code browser? Our contractor agreements don't cover AI tools. Need to know by end of month.

Rachel

> Femi Adeyemi wrote:
> Rachel, I looked in site admin and only see a global on/off for Cody. Our contractors are in the Azure AD group "ext-contractors" if that helps support.
""", ["cody", "access-control", "question"]),

T("co11", "FST", "non-native", "se/p1",
"Cody rate limit exceeded during POC workshop",
r"""
Hello,

Today we made the first Cody workshop with 35 developers on the POC instance sourcegraph-poc.fennimore.internal. After around one hour everybody started to get in chat:

  Error: You've used all your chat messages for today. Rate limit exceeded.

We have enterprise trial license. Is there a limit per user for trial? Tomorrow we do the demo for our CTO and Cody is the main thing he want to see, so we need it working for tomorrow please.

Carla Duarte
""", ["cody", "rate-limit", "poc", "trial"]),

T("co12", "one-off", "markdown", "se/p2",
"Feature request: Cody in Xcode",
r"""
### Request
Our iOS team (~60 devs) works entirely in Xcode. They'd like Cody autocomplete + chat there.

### Why
They currently copy code into the web chat, which loses context.

### Current workaround
Web chat on our instance.

-- Thanh Le, Mobile Platform, Fairway Freightways
""", ["cody", "xcode", "feature-request"], org_tags=["self-hosted", "kubernetes", "enterprise", "logistics"]),

T("co13", "HGM", "email-thread", "se/p2",
"AI autocomplete useless on COBOL",
r"""
Our mainframe teams are telling me the AI autocomplete in Lantern suggests Java-looking nonsense in COBOL copybooks. We bought this for them as much as for anyone. What can be done?

Sarah Whitcombe
Head of Developer Platform | Harrowgate Mutual
This e-mail and any attachments are confidential...

> From: Owen Pritchard (Mainframe Modernisation)
> Cody completions in .cbl/.cpy files are wrong 9 times out of 10 - it tries to close braces and write "public static". Chat is a bit better when we paste the copybook in.
""", ["cody", "autocomplete", "cobol", "quality"]),

T("co14", "MPS", "chat-paste", "se/p2",
"@-mention of GitLab repos fails in Cody chat",
r"""
Wei Zhang [10:11]
in Cody chat on meridian.sourcegraphcloud.example, @-mentioning a repo from our GitLab gives "Context fetch failed"
Wei Zhang [10:12]
e.g. @linehaul/route-planner -> red error chip
Wei Zhang [10:12]
@-mentioning files inside the same repo works. only whole-repo mention fails
Wei Zhang [10:14]
browser console: POST /.api/completions/stream 200, but before that POST /.api/graphql?ContextSearch -> {"errors":[{"message":"repo not found in embeddings or search index"}]}
""", ["cody", "context", "gitlab", "managed-instance"]),

T("co15", "CBF", "non-native", "se/p2",
"Cody in Rider no autocomplete, proxy",
r"""
Hello,

Our .NET team use JetBrains Rider with Cody plugin connected to the portal. Chat is working but autocomplete never appear. In the log I see:

  WARN Cody agent: completion failed: request to https://portal-code.cobaltline.internal/.api/completions/code failed, reason: getaddrinfo ENOTFOUND portal-code.cobaltline.internal

Our laptops use the proxy from PAC file (http://wpad.cobaltline.internal/proxy.pac). In browser the portal open normally. I think the plugin not use the PAC for autocomplete requests? Other company had this maybe, I found similar question in community but no answer.

Thanks
Tomasz
""", ["cody", "jetbrains", "rider", "autocomplete", "proxy"], recurs="co01"),

T("co16", "one-off", "email-thread", "se/p2",
"Cody embeddings docs say policy field that doesn't exist",
r"""
Hi,

The Cody embeddings configuration page tells us to set "embeddings.policyRepositoryMatchLimit" in site config, but on our 5.3 instance the site config editor flags it as an unknown property, and the limit of repos embedded stays at the default. Either the docs are ahead of the release or the field was renamed. Which is it?

Thanks,
Benedikt Haas
Developer Tools, Kranich Logistik

> Support: could you share your site config snippet?

"embeddings": { "enabled": true, "policyRepositoryMatchLimit": 2000 }
""", ["cody", "embeddings", "docs-content", "site-config"], org_tags=["self-hosted", "kubernetes", "enterprise", "logistics"]),

T("co17", "one-off", "template", "se/p3",
"Which LLM providers does Cody use and do they retain code?",
r"""
**Summary**
Compliance review of Cody before enabling it for all developers.

**Questions**
1. Which LLM providers are used by default on an enterprise instance?
2. Do providers retain prompts/code snippets, and for how long?
3. Is there a zero-retention option?
4. Can we restrict to one provider?

**Environment**
Self-hosted, Kubernetes, 5.4.x

Fatima Rahimi - GRC, Larkspur Department Stores
""", ["cody", "llm", "compliance", "data-retention"], org_tags=["self-hosted", "kubernetes", "enterprise", "retail"]),

T("co18", "QHC", "email-thread", "se/p0",
"SECURITY: Cody traffic to a non-approved LLM endpoint",
r"""
Sourcegraph Support,

Our egress proxy logs show outbound HTTPS requests from the Atlas frontend pods to an LLM provider endpoint that is NOT on our approved list. Atlas is configured to use our Azure OpenAI deployment only (completions provider "azure-openai"), and this was a condition of our approval to run Cody at all. The requests started on the day we upgraded to 5.2.3 and occur when users use autocomplete.

We have blocked the destination at the proxy. We need, urgently:
1. Explanation of which feature sends these requests and what data they contain
2. Configuration to ensure all Cody traffic goes to Azure OpenAI only
3. Written confirmation for our regulator file

Excerpt (redacted):
  2024-04-29T08:14:52Z ALLOW src=10.60.3.17 (sourcegraph-frontend) dst=api.llm-vendor.example:443 bytes_out=18233

Ben Okafor
Head of Technology Risk & Compliance, Quayhaven Capital
""", ["security", "cody", "llm", "egress", "compliance"]),

T("co19", "NSB", "logs", "se/p2",
"embeddings OOM alert back after we widened the policy",
r"""
Hi,

The embeddings OOM alert from the earlier ticket is back. We raised memory to 16Gi then, and it was quiet for a month. Last week we changed the embeddings policy to include the whole "payments-*" project (about 300 more repos) and now:

  ALERTS{alertname="container_oomkill_events_total", service_name="embeddings", namespace="fyren"} 1

  kubectl -n fyren top pod embeddings-6d9c5b8f4-m2p8x
  NAME                          CPU(cores)   MEMORY(bytes)
  embeddings-6d9c5b8f4-m2p8x    1210m        15870Mi

Is there a way to load indexes lazily or shard the embeddings service, or is memory the only answer?

/Lars Ekdahl
""", ["cody", "embeddings", "alert", "oomkill"], recurs="co06"),

T("co20", "one-off", "one-liner", "se/p3",
"neovim plugin with enterprise instance?",
r"""
does the cody neovim plugin work against a self-hosted enterprise instance or only the public one?
""", ["cody", "neovim", "question"], org_tags=["self-hosted", "enterprise"]),
]
