# Round-4 training tickets (real-ticket forms), part 3: more of every team, in the forms real
# tickets take. Written for issue #13 from the handbook alone; heldout/ and blind/ never opened.
from part2 import T, t

# --- cloud ---
t("cloud", "se/p1", "Re: Re: Re: code search down?",
  "Any update? It's been 2h.\n\n> On Tue, support wrote:\n> We are looking into it. Can you confirm the URL?\n\nYes: https://corvid-labs.sourcegraph.com - the one you host for us. Search returns 'Error: 500 internal' for most queries; file browsing still works.\n\nThanks,\nEli\n\nCorvid Labs | Platform\nPlease consider the environment before printing this email.",
  "email-thread")
t("cloud", "se/p2", "Managed instance: repos from our Azure DevOps not visible after migration",
  "We migrated from self-hosted to your managed Sourcegraph Cloud last month. Since the cutover the repos from Azure DevOps appear in the admin list but clone status is 'not cloned' for 200 of them. We can't look at gitserver ourselves anymore.",
  "markdown", org_tags=["managed_instance"])
t("cloud", "se/p3", "sso question for cloud tenant", "can we add a second Okta app to our cloud tenant for contractors?", "one-liner", org_tags=["cloud_customer"])
t("cloud", "se/p1", "[FIRING] frontend: 5xx responses on managed instance",
  "Pasted from the alert email you send us for our managed instance:\n\n  [FIRING:1] frontend: 5xx responses every 5m above 5%\n  instance: thornbury.sourcegraph.com\n\nUsers confirm lots of 'Something went wrong' pages, mostly on search. Please look.",
  "logs")
t("cloud", "se/p3", "Is sourcegraph.com down or just me?",
  "sourcegraph.com search page keeps loading forever from our office since ~15 min, other sites fine. Just checking if you know about it", "chat")

# --- release ---
t("release", "se/p0", "everything down after k8s node upgrade",
  "URGENT. our platform team upgraded the kubernetes nodes to 1.30 this morning. since then sourcegraph is completely down for all users, pods Pending:\n```\n0/3 nodes are available: 3 node(s) had volume node affinity conflict.\n```\nself hosted, helm chart 5.11. nobody can work.",
  "logs")
t("release", "se/p2", "[Bug] upgrade 5.11 -> 6.0: migrator out of memory",
  "### Sourcegraph version\n5.11.6 -> 6.0.0\n### Platform information\nKubernetes (EKS), Helm\n### Steps to reproduce\n1. `helm upgrade sourcegraph sourcegraph/sourcegraph --version 6.0.0`\n2. migrator job starts\n### Expected behavior\nmigrations apply\n### Actual behavior\n`OOMKilled` after ~10 min, job retries forever. Old version still serving.\n### Additional context\n_No response_",
  "template", org_tags=["self_hosted"])
t("release", "se/p3", "Re: resources for docker compose",
  "Thanks! One more: does the docker-compose deployment support running the searcher on a second VM, or do we have to move to Kubernetes for that?\n\n> For 1,000 users we recommend at least 16 CPUs and 64 GB RAM.\n\nKind regards,\nBart",
  "email-thread")
t("release", "se/p2", "frontend pods restart, liveness probe fails",
  "```\nWarning  Unhealthy  kubelet  Liveness probe failed: Get \"http://10.2.3.4:6060/healthz\": context deadline exceeded\nNormal   Killing    kubelet  Container frontend failed liveness probe, will be restarted\n```\nhappens ~10x a day on our cluster, each time some users get errors for a minute.",
  "logs", org_tags=["on_prem"])
t("release", "se/p1", "sourcegraph slow after upgrade, every page 20s",
  "hello, we did upgrade of our own sourcegraph installation (docker compose) to 6.1 yesterday and now all is very slow for all peoples, every page 20 second, search is timeout. we not changed the machine. please what to check?", "non-native")

# --- cody ---
t("cody", "se/p2", "Cody: 'context window exceeded' on small files",
  "[11:40] priya: cody chat in vscode says `context window exceeded` even when I only @-mention one 200-line file\n[11:41] priya: enterprise instance, claude model selected\n[11:41] priya: started after extension update to 1.42", "chat")
t("cody", "se/p3", "Can admins disable Cody chat but keep autocomplete?",
  "We want only completions for now, chat later after legal review. Is there a site config switch per feature?", "one-liner")
t("cody", "se/p2", "[Bug] Cody edit command inserts code twice",
  "**Client:** VS Code 1.95, Cody 1.44.0\n**Steps to reproduce:** select a function, run 'Edit code', ask to add logging\n**Expected:** one edit\n**Actual:** the change is inserted twice, the second copy below the function", "template")

# --- source ---
t("source", "se/p2", "repo permissions sync taking days",
  "New hires can't see private repos in Sourcegraph for 2-3 days after we add them to GitHub teams. Permissions sync page shows the last user sync 49 hours ago. GitHub App connection, 12k repos.", "markdown")
t("source", "se/p1", "OIDC login broken for everyone after cert rotation",
  "```\nlevel=error msg=\"OIDC: failed to verify ID token\" err=\"oidc: failed to verify signature: failed to verify id token signature\"\n```\nOur IdP rotated its signing key at 09:00, since then nobody can sign in with SSO. Builtin admin login still works.", "logs")
t("source", "se/p3", "src serve-git for a few local repos?",
  "Is `src serve-git` the right way to add a handful of repos that live only on a file server, or is there something better?", "one-liner")

# --- graph ---
t("graph", "se/p2", "find references returns nothing for TypeScript monorepo",
  "Find references on exported functions in our TS monorepo returns 'No references found', hover works. We run scip-typescript in CI and uploads show 'Completed'.", "markdown")
t("graph", "se/p3", "COBOL support?", "do you support code navigation for COBOL copybooks? mainframe team is asking", "one-liner")

# --- search-platform ---
t("search-platform", "se/p2", "Re: search results incomplete for big repo",
  "> Is the repo indexed?\n\nYes, it shows as indexed, but searching for a string that I know is in `services/billing/` returns nothing; unindexed search with `index:no` finds it. Shards for this repo are 12 GB total.\n\nRegards\nAnke", "email-thread")
t("search-platform", "se/p3", "regex lookahead", "does sourcegraph search support regex lookahead like (?!foo)? getting a syntax error", "one-liner")
t("search-platform", "se/p2", "zoekt-indexserver stuck",
  "```\nzoekt-indexserver-0 level=error msg=\"indexing failed\" repo=acme/monorepo err=\"exit status 1: shard too large\"\n```\nThe monorepo index is 3 weeks old now. New code doesn't show up in search.", "logs")

# --- code-search ---
t("code-search", "se/p2", "Code insights chart stopped updating",
  "Our 'Log4j versions' code insight hasn't added a data point since September 1st. The backfill completed originally. Other insights also flat.", "markdown")
t("code-search", "se/p3", "search context for only our Go services", "how do I make a search context that includes all repos with a go.mod file? is there a query-based context?", "one-liner")
t("code-search", "se/p2", "[Bug] batch spec fails on steps with env",
  "**src-cli version:** 5.10\n**Batch spec:**\n```yaml\nsteps:\n  - run: ./fix.sh\n    container: alpine:3\n    env:\n      TOKEN: ${{ secrets.GH }}\n```\n**Actual:** `unknown secret GH` although it is set in the user's executor secrets.", "config")

# --- docs (site) ---
t("docs", "se/p2", "docs site very slow / timing out",
  "docs.sourcegraph.com takes 30+ seconds to load any page from Europe today, sometimes 504. Our onboarding session relies on it.", "chat")

# --- documentation CONTENT, the topic's team ---
t("release", "se/p3", "helm docs: values example wrong indentation",
  "The Helm configuration page in your docs has an example values.yaml where `storageClass` is indented under the wrong key, so copy-pasting it creates no storage class. The page itself is fine, just the example.", "markdown")
t("search-platform", "se/p3", "query syntax docs missing 'select:' examples",
  "The search query syntax documentation does not explain `select:symbol.function`. Could someone add examples? Took us an hour to figure out.", "one-liner")

# --- sales-ce ---
t("sales-ce", "se/p2", "Re: contract renewal - at risk",
  "Hi,\n\nbefore we sign the renewal our CTO wants a call about the price increase; honestly the renewal is at risk if we can't align on seats.\n\n> Your subscription ends on 31 March.\n\nPlease have our account manager reach out.\n\nBest,\nKai Laaksonen\nHead of Engineering Tools", "email-thread")
t("sales-ce", "se/p3", "invoice address change", "Please change the billing address on our next invoice to our new Berlin office. PO number stays the same.", "one-liner")

# --- data-analytics ---
t("data-analytics", "se/p3", "Re: usage numbers for the board",
  "> You can find weekly active users under Site admin > Analytics.\n\nThanks - can we get the same per department? We have a `department` field in SCIM. Also need Cody usage separately (completions accepted per week).\n\nCheers\nMo", "email-thread")
t("data-analytics", "se/p2", "pings missing since firewall change",
  "Our instance stopped sending usage pings after a firewall change, and now our account team says they see no usage data for us. Which host/port do pings need?", "non-native")
