from common import T

TEAM = "cody"

TICKETS = [
T("Code completion stopped after VS Code extension update", "p2", "log_paste", r"""
Since the extension auto-updated on Friday, the grey inline suggestions don't appear anymore for me
and about half my team. Chat in the sidebar still works. Output panel ("Cody by Sourcegraph"):

█ CodyCompletionProvider:initialized: unstable-fireworks/starcoder-hybrid
█ CodyCompletionProvider:fetchAndProcessCompletions:error: Request failed: 400 Bad Request
  {"error":"model \"fireworks/starcoder-hybrid\" is not allowed for this instance"}
█ CodyCompletionProvider:fetchAndProcessCompletions:error: Request failed: 400 Bad Request

VS Code 1.95.3, extension 1.44.x, Sourcegraph instance 5.6.2140 (self-hosted). Rolling back the
extension to the previous version fixes it, so we've told people to pin it for now.

Joost van Ommeren, DevEx, Zeevaart Digital
"""),

T("Re: Cody 429 errors with our own Anthropic key", "p2", "email_thread", r"""
Hi again,

Answering your questions:
- Yes, we use our own Anthropic API key (BYOK), configured in site config under `completions`.
- The 429s happen mostly between 09:00 and 11:00 CET, about 1 in 4 chat messages.
- Our Anthropic console shows we're nowhere near our rate limit.

Could Sourcegraph be sending more requests than expected (e.g. retries, or autocomplete also going to
Anthropic)? We only meant to use Anthropic for chat.

Thanks,
Sabine Roux
Platform Engineering, Haussmann Digital

> On Fri, Support wrote:
> Hi Sabine, thanks for the report. Can you confirm whether you're using Sourcegraph-provided models
> or your own provider key? And roughly how often the errors occur?
>
>> On Thu, Sabine Roux wrote:
>> Users get "Request failed: 429 Too Many Requests" in Cody chat several times a day.
"""),

T("[Alert] container_oomkill_events_total (embeddings)", "p2", "alert_payload", r"""
{
  "alertname": "container_oomkill_events_total",
  "service_name": "embeddings",
  "level": "warning",
  "description": "embeddings: 1+ OOMKILL events",
  "value": "6",
  "window": "last 1h",
  "cluster": "sg-prod-frankfurt",
  "customer": "Oberland Medizintechnik",
  "ticket_source": "alert-webhook"
}

Customer note: started when we added the monorepo to the embeddings policy yesterday. Chat context
for that repo seems worse than for small repos.
"""),

T("AI assistant in IntelliJ won't sign in", "p2", "non_native_english", r"""
Hello,

the Sourcegraph AI plugin in IntelliJ IDEA 2024.3 is not login. I click "Sign in with Sourcegraph
Enterprise", put our URL https://sourcegraph.wallen.example, browser open, I approve, but the plugin
keep spinning "Signing in..." forever. Same in PyCharm. VS Code from same laptop work fine.

We are behind company proxy, maybe that is the reason? In IntelliJ the proxy is configured in
settings.

Thank you for help
Pavel Novikov
Wallen Engineering
"""),

T("neovim?", "p3", "one_liner", r"""
Is there a Cody plugin for Neovim that works with an enterprise instance, or only VS Code/JetBrains?
"""),

T("chat ignores our code", "p3", "chat_paste", r"""
[14:20] hugo.b: when I ask the chat thing "where do we validate IBANs" it gives a generic answer with made up code
[14:20] hugo.b: it doesn't look at our repo at all
[14:21] hugo.b: I'm in the sidebar in VS Code, repo is open. the little context chip shows the repo name
[14:22] hugo.b: colleague says he gets real file references for the same question. what are we doing differently?
[14:23] hugo.b: 5.6 instance, extension latest
"""),

T("Cody Autovervollständigung extrem langsam", "p2", "non_english", r"""
Hallo Support-Team,

seit dem Update unserer Instanz auf 5.6.2140 dauert die Autovervollständigung von Cody in VS Code
oft 8–10 Sekunden, vorher unter einer Sekunde. Der Chat ist normal schnell.

In der Ausgabe der Extension sehen wir Zeilen wie:
  `CodyCompletionProvider:fetchAndProcessCompletions: took 9342ms`

Wir nutzen die von Sourcegraph bereitgestellten Modelle (kein eigener Key), Standort Deutschland,
Firmen-Proxy dazwischen. Betroffen sind etwa 200 Entwickler.

Gibt es eine Möglichkeit zu sehen, wo die Zeit verloren geht?

Beste Grüße
Katrin Hollweg
Developer Experience, Spreewald Logistik GmbH
"""),

T("Azure OpenAI setup question", "p3", "web_form", r"""
**Name:** Rohan Iyer
**Company:** Sarovar Fintech
**Sourcegraph version:** 5.6.185
**Deployment type:** Kubernetes
**Describe the problem:** Our security team only allows LLM traffic to our Azure OpenAI deployment. How do we configure Cody chat and autocomplete to use it? Which deployment names / model names go where?
**Steps to reproduce:**
**Expected:**
**Actual:**
**Screenshots / logs:**
**How many users are affected:** pilot with 30 devs starting next month
**Business impact:**
"""),

T("Search is returning garbage", "p3", "misleading_subject", r"""
Hi,

When I ask "which service publishes the OrderShipped event" the answer names files that don't exist
(`services/shipping/events/publisher.go` — we have no such file) and functions we never wrote. It sounds
very confident. This is in the chat panel on the web UI, not the normal code search.

Is there a way to make it say "I don't know" rather than invent stuff, or to see which files it looked at?

Karin Aaltonen, Lakeside Mobility (5.5.2463)
"""),

T("FW: Cody trial — 'Cody is not enabled for this instance'", "p1", "forwarded_note", r"""
Forwarded from #deal-peregrine (AE: Tom Okafor)

> Peregrine Aerospace started their Cody Enterprise trial today with 300 devs. Their admin enabled it,
> pasted the trial license key we sent, but every user in VS Code gets
> "Cody is not enabled for this instance. Contact your site admin." The web chat shows the same.
> Kickoff with their CTO is Wednesday 10:00 ET. Can support get eyes on this today?

SE note: instance is 5.6.2140 on docker-compose. I checked the license key we generated includes the
Cody feature flag. Their site config has `"cody.enabled": true`. Haven't found anything yet.
""", note="Mentions a trial license, but the problem is Cody enablement on the instance, so cody rather than sales-ce."),

T("Cody suggests code containing values from .env files", "p2", "markdown_report", r"""
## Concern: secrets in Cody context

**Observed:** While editing `config/loader.ts`, autocomplete suggested a line with what looks like a
real database password from `.env.local` (which is in .gitignore but present in the developer's
working copy).

**Questions**
1. Does the IDE extension send untracked/ignored files as context?
2. Can admins exclude file patterns (e.g. `**/.env*`, `**/secrets/**`) from context for all users?
3. Is anything stored on the LLM provider side?

**Environment:** VS Code extension, Sourcegraph 5.6.185, Sourcegraph-provided models.

We've paused the rollout to the payments team until we have answers.

— Security Architecture, Quaywell Bank
"""),

T("Emacs integration + where to see how many people use it", "p3", "mixed_problems", r"""
Hi,

Couple of our senior folks live in Emacs. Is there any supported way to get the Sourcegraph AI chat /
completions there? Even something unofficial that talks to our instance would be fine.

Also, unrelated, is there a page where I can see how many people actually use the AI features? (we
can ask your account team if that's easier)

Thanks, Declan Moriarty — Gorsebrook Software
""", note="Mixed: Emacs/Cody question dominates; secondary usage-stats question would be data-analytics."),

T("Where does our code go? (legal asking)", "p3", "email_thread", r"""
Hi,

Our legal team asks before we expand Cody from 20 to 400 users:

1. When a developer uses chat, which parts of the code are sent to the model provider?
2. Is anything retained or used for training by the provider?
3. Does traffic go directly from the IDE to the provider, or through our Sourcegraph instance?

A short written answer we can forward to legal would be perfect. No hard deadline, but the
expansion is planned for January.

Regards,
Astrid Fenwick
Engineering Manager, Hollin & Reed

--
This e-mail may contain confidential information. If you are not the intended recipient...
"""),

T("Xcode plugin?", "p2", "one_liner", r"""
Feature request: our iOS team (60 people) would use the AI autocomplete if it worked in Xcode. Any plans?
"""),

T("VS Code: 'cody-gateway: unauthorized' for everyone since license change", "p1", "log_paste", r"""
Since this morning nobody can use Cody (chat or completions). We changed our license key on Friday
(renewal, same tier). VS Code output:

[Cody] ChatController: error: Request to https://sourcegraph.pinewood.example/.api/completions/stream failed with 401
[Cody] upstream: cody-gateway: unauthorized: access token invalid or expired
[Cody] CodyCompletionProvider:error: Request failed: 401 Unauthorized

Site-admin shows the new license as valid with Cody included. 650 developers affected.
5.6.2140, Kubernetes. Pinewood Analytics — Farid Haddad.
""", note="Follows a license renewal, but the breakage is Cody gateway access → cody."),

T("chat panel blank in VS Code remote SSH", "p2", "chat_paste", r"""
alex.m    9:12 AM  the Cody sidebar is just a white empty panel when I'm connected with Remote-SSH to our dev boxes
alex.m    9:12 AM  local folders fine
alex.m    9:13 AM  dev tools console in the webview shows "Refused to load ... Content Security Policy"
priya.s   9:15 AM  same for me on the Linux VMs
alex.m    9:16 AM  about 80 people use remote dev boxes here. completions still work, only chat is blank
"""),

T("commands answer in English although I ask in Korean", "p3", "non_native_english", r"""
Hello,

I use "Explain code" command and I write my question in Korean, but answer come always in English.
When I type in chat normally in Korean, answer is Korean. Only the commands (explain, document)
answer English.

Is possible to set a language for the commands? Many developer in our team more comfortable in Korean.

Thank you
Seo Ji-ho
Hanbit Cloud Services
"""),

T("embeddings only for some repos", "p3", "web_form", r"""
**Name:** Gwen Tallis
**Company:** Rookery Games
**Sourcegraph version:** 5.4.7765
**Deployment type:** docker-compose
**Describe the problem:** We only want the AI context indexing (embeddings) for our 20 most important repos, not all 3,000. How do we set that up? And can we schedule it at night?
**Steps to reproduce:**
**Expected:**
**Actual:**
**Screenshots / logs:**
**How many users are affected:**
**Business impact:**
"""),

T("Cody チャットで context window exceeded エラー", "p2", "non_english", r"""
いつもお世話になっております。

Cody の chat で、少し長いファイルを @ で添付して質問すると、以下のエラーになります。

  "Error: context window exceeded. Try removing some context."

以前 (5.4) は同じファイルでも問題ありませんでした。現在 5.6.185 です。
ファイルのサイズは 1,500 行程度です。大きいファイルを扱うための設定はありますか？

チーム全体 (約 50 名) で同じ現象が出ています。

佐藤 美咲
ミナト電機株式会社 ソフトウェア開発部
"""),

T("embeddings pods blocked on db connections", "p3", "log_paste", r"""
Seeing this warning every few minutes in our embeddings service. Nothing visibly broken:

[embeddings] WARN mean_blocked_seconds_per_conn_request: 0.12s (threshold 0.1s)
[embeddings] INFO indexing repo=git.brackenfell.example/app/mobile revision=HEAD files=18291
[embeddings] WARN db pool saturated, waiting for connection (max_open=10)

Should we raise the pool size or just ignore it? 5.5.2463, Brackenfell Outdoors.
"""),
]
