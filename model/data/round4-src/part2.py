# Round-4 training tickets (real-ticket forms), part 2: the product teams, docs, sales, analytics.
# Written for issue #13 from the handbook alone; heldout/ and blind/ were never opened.
from part1 import T, t

# --- cody ---
t("cody", "se/p2", "Cody chat 'Request Failed' on Windows only",
  "**Extension version:** Cody 1.40.2 for VS Code\n**OS:** Windows 11 (Mac users on the same team are fine)\n\n**Steps:** open chat, ask anything\n**Actual:** `Request Failed: unable to get local issuer certificate`\n\nWe sit behind a corporate proxy with our own CA.",
  "template")
t("cody", "se/p1", "autocomplete dead for whole team since update",
  "[14:20] dana: after JetBrains plugin update to 6.0.x no completions at all in IntelliJ\n[14:21] dana: the status bar icon just spins\n[14:22] dana: idea.log: `CodyAgent: connection to agent lost (exit code 1)`\n[14:22] dana: 60 devs, no workaround, downgrading the plugin is blocked by our IT",
  "chat")
t("cody", "se/p3", "which LLM does Cody use with our own Azure OpenAI?",
  "Hi, if we configure Azure OpenAI as the provider in site config, can users still pick Claude in the model dropdown? Just want to understand before rollout.",
  "one-liner")
t("cody", "se/p2", "Cody ignores our repo as context",
  "Cody answers questions about our monorepo as if it never saw it. The @-mention shows the repo, but answers say 'I don't have access to your codebase'. Embeddings / context setting in site config:\n```json\n\"cody.contextFilters\": {\"include\": [{\"repoNamePattern\": \".*\"}]}\n```",
  "config")
t("cody", "se/p2", "Re: Cody Gateway 429s",
  "Still happening:\n```\nPOST /.api/completions/stream 429\n{\"error\":\"rate limit exceeded for feature chat_completions\"}\n```\n> Could you tell us how many users hit this?\nAbout 30 of 400, the heavy users. Can the limit be raised for our license?\n\nBest, Arjun",
  "email-thread")
t("cody", "se/p3", "cody neovim",
  "is there cody for neovim or only vscode and jetbrains? thx", "one-liner")

# --- source: code hosts, repos, permissions, auth ---
t("source", "se/p1", "Repos not updating from GitHub Enterprise since token rotation",
  "```\nrepo-updater: level=warn msg=\"syncing external service\" id=3 err=\"GET https://ghe.corp.example/api/v3/user/repos: 401 Bad credentials\"\n```\nWe rotated the GitHub token yesterday and put the new one in the code host connection. New commits are not showing for anyone. Self-hosted 6.0.",
  "logs", org_tags=["self_hosted"])
t("source", "se/p2", "[Bug] Bitbucket Server permissions not enforced",
  "**Sourcegraph version:** 5.11.0\n**Platform information:** Kubernetes, Bitbucket Server 8.9\n\n**Steps to reproduce:**\n1. enable `authorization` in the Bitbucket Server connection\n2. user without repo access searches\n\n**Expected behavior:** no results from restricted repos\n**Actual behavior:** results show up for 2 restricted projects\n\n<!-- screenshots -->",
  "template")
t("source", "se/p2", "SAML login: users get 'no email in assertion'",
  "Hi,\nafter our IdP migration to Entra ID, SAML sign-in to Sourcegraph fails for new users with `SAML response does not contain email attribute`. Existing sessions work. The auth provider block:\n```json\n{\"type\": \"saml\", \"identityProviderMetadataURL\": \"https://login.example/federationmetadata.xml\"}\n```",
  "config")
t("source", "se/p3", "Perforce depots - how to add",
  "How do I add our Perforce depots as repositories? We have p4 streams, not classic depots. doc link is fine.",
  "one-liner")
t("source", "se/p2", "gitserver disk full warning",
  "Grafana alert pasted from our Slack:\n\n> [FIRING:1] gitserver: disk space remaining\n> Summary: less than 15% disk left on gitserver-1\n\nNew repos are not cloning. Do we just add disk or can we clean something?",
  "chat")
t("source", "se/p2", "license says 1200 users but we have 950",
  "Our site admin page shows a warning that we exceed the licensed user count (1,200 shown active) but the user list has 950 accounts. It started blocking new sign-ups. This seems like the product counting wrong, not a contract question.",
  "markdown")
t("source", "se/p1", "GitLab sync stuck, clone queue 4000",
  "Seit gestern werden keine neuen Repos von unserem GitLab geklont. Clone queue shows ~4000 repos waiting, repo-updater logs `context deadline exceeded` on the GitLab API. Entwickler finden ihre neuen Projekte nicht. Version 5.10.",
  "non-native")

# --- graph: code navigation, precise code intel ---
t("graph", "se/p2", "go to definition jumps to wrong file for Java",
  "**Sourcegraph version:** 6.0.1\n**Language:** Java (Gradle multi-module)\n\n**Steps to reproduce:** hover a method from another module, click 'Go to definition'\n**Expected:** the module's source\n**Actual:** a random file with the same class name. We upload SCIP from CI with scip-java.",
  "template")
t("graph", "se/p2", "src code-intel upload fails",
  "```\n$ src code-intel upload -file=index.scip\nerror: unexpected status 413 from /.api/scip/upload\n```\nindex.scip is 1.8 GB (big C++ repo). Is there a size limit we can raise?",
  "logs")
t("graph", "se/p3", "Does precise navigation work for Kotlin?",
  "Hey, do you have precise code intel for Kotlin or only search-based? Evaluating for our Android teams.",
  "one-liner")
t("graph", "se/p2", "syntax highlighting gone for big files",
  "Files over ~1 MB show as plain text without colours and the symbols sidebar is empty for them. syntect-server logs show `worker timeout after 10s`. Smaller files are fine.",
  "logs")
t("graph", "se/p2", "Re: auto-indexing not picking up repos",
  "> Did you enable auto-indexing for the repos?\n\nYes, the policy matches `github.com/acme/*` but the Precise indexes page shows 'No index jobs scheduled' for 3 days. Hover still says 'search-based'.\n\nThanks\nMiguel",
  "email-thread")

# --- search-platform ---
t("search-platform", "se/p1", "search times out for everybody on regex queries",
  "every regex search across all repos times out after 60s since this morning, literal searches ok. zoekt-webserver logs:\n```\nlevel=warn msg=\"search: shard load too slow\" shards=1240\n```\nself hosted 6.0.2",
  "logs")
t("search-platform", "se/p2", "zoekt: average resolve revision duration over 5m",
  "We got this alert in our monitoring channel overnight:\n\nzoekt: average resolve revision duration over 5m\n\nsearch still works but new branches take ages to show. what does it mean?",
  "chat")
t("search-platform", "se/p2", "[Bug] diff search misses recent commits",
  "**Sourcegraph version:** 5.11\n**Query:** `type:diff repo:payments author:lena after:\"1 week ago\"`\n**Expected:** her 12 commits\n**Actual:** 3 results. commit search on the same repo shows all 12.",
  "template")
t("search-platform", "se/p3", "structural search syntax for nested braces",
  "how do i write a structural search that matches `if (...) { ... }` blocks containing a return? the :[x] holes confuse me", "one-liner")
t("search-platform", "se/p2", "indexed search shows old code",
  "Search results show code from two weeks ago for our main repo, but the file view shows the current version. Other repos fine. Is the index for that repo stuck? Is there a way to reindex one repo?",
  "markdown")

# --- code-search: contexts, saved searches, monitors, extension, batch changes, insights ---
t("code-search", "se/p2", "browser extension no longer shows hover on GitHub",
  "Chrome extension 23.x, GitHub.com private repos. The Sourcegraph buttons and hover tooltips disappeared from PR pages last week. Options page says 'connected to https://sg.example.com'. Firefox same.",
  "markdown")
t("code-search", "se/p2", "batch change stuck 'publishing' on GitLab",
  "```\n$ src batch apply -f refactor-logger.yaml\n✅ Batch change applied\n```\nBut 140 changesets show 'Publishing' for 2 days, none appear as merge requests in GitLab. The GitLab credential in batch changes settings is a personal token with api scope.",
  "logs")
t("code-search", "se/p3", "code insights: how to track a migration",
  "We want a chart of how many files still import `old-logger` vs `new-logger` over the last 6 months. Is that a code insight, and can it backfill history?",
  "one-liner")
t("code-search", "se/p2", "Saved searches page blank",
  "After upgrading, the Saved searches page is empty for all users and the notification emails stopped. Search contexts still work. Version 6.1.",
  "non-native")
t("code-search", "se/p2", "code monitor emails go to old address",
  "[09:11] ole: code monitor emails still go to my old email even after I changed it in my profile\n[09:12] ole: monitor was created before the change, is that stored per monitor?",
  "chat")

# --- docs: the docs SITE only ---
t("docs", "se/p2", "docs.sourcegraph.com 404 everywhere",
  "All pages under docs.sourcegraph.com/admin return 404 since about an hour, the home page loads. Our admins need the upgrade pages today.",
  "one-liner")
t("docs", "se/p3", "search box on the docs site returns nothing",
  "Typing anything in the search on your documentation site shows 'No results', e.g. 'helm'. The pages exist, navigation works.",
  "markdown")
t("docs", "se/p3", "broken links on docs site",
  "Several links on the docs website sidebar go to a 'page not found': Integrations > Browser extension, Admin > Observability. Just letting you know.",
  "email-thread")

# --- documentation CONTENT goes to the team that owns the topic ---
t("graph", "se/p3", "docs: SCIP upload page has wrong flag",
  "The documentation page for uploading SCIP indexes says `src code-intel upload -file` but the CLI now wants `-file=`; also it doesn't mention the size limit. Content problem, the page itself loads fine.",
  "markdown")
t("cody", "se/p3", "Cody docs outdated for JetBrains",
  "The Cody install docs for JetBrains still show the old plugin settings screen; the 'Cody: Enterprise instance' field is not there anymore. Which setting replaced it?",
  "one-liner")
t("source", "se/p3", "documentation for GitLab OAuth misses the scopes",
  "Your GitLab auth provider doc doesn't list which OAuth scopes the application needs. We guessed read_user and read_api. Can the page be corrected?",
  "non-native")

# --- sales-ce: licenses as business, renewals, invoices, trials ---
t("sales-ce", "se/p2", "Renewal quote + invoice copy",
  "Hi,\n\nour subscription renews on 30 June. Can you send (1) the renewal quote for 350 seats and (2) a copy of last year's invoice for our finance team?\n\nThank you,\nHelena Sousa\nProcurement | Lumacorp\n+351 000 000 000",
  "email-thread")
t("sales-ce", "se/p1", "license key expired this morning - instance locked",
  "Our license key expired at midnight, the renewal is signed but we never got the new key. Everyone now sees the 'license expired' banner and can't search. Please send the new key asap.",
  "one-liner", tags=["renewal"])
t("sales-ce", "se/p3", "Trial extension for our POC",
  "We're evaluating Sourcegraph (trial ends Friday) and the security team needs one more week. Can the trial license be extended?",
  "one-liner", tags=["trial"])
t("sales-ce", "se/p3", "price for 50 additional seats",
  "Hey, how much would 50 more seats cost mid-term and would they co-term with our current contract?",
  "chat")

# --- data-analytics: usage statistics ---
t("data-analytics", "se/p3", "DAU/MAU export for Q3",
  "Our leadership wants monthly active users of Sourcegraph and Cody for July-September, by team if possible. Is there an export or an analytics page?",
  "email-thread")
t("data-analytics", "se/p2", "usage stats page shows zero since upgrade",
  "Site admin > Analytics shows 0 users for every day since we upgraded to 6.0. People are definitely using it. Pings are enabled.",
  "markdown")
t("data-analytics", "se/p3", "how many people used batch changes last month?",
  "quick question: can I see how many users ran a batch change last month? need it for a renewal conversation", "one-liner")
