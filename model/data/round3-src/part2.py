# Round-3 training tickets (real-ticket forms), part 2: cody, graph, code-search, source.
from part1 import T, t

t("cody", "se/p2", "cody not working in intellij?",
  "", "one-liner")
t("cody", "se/p2", "Autocomplete stopped after update",
  "**Extension version:** Cody for VS Code 1.42.0\n**Sourcegraph version:** 6.2 (self-hosted)\n**OS:** Windows 11\n\n**Steps to reproduce**\n1. Open any .ts file\n2. Start typing\n\n**Expected** inline completions\n**Actual** nothing, output channel shows `AutocompleteProvider: request failed: 403 Forbidden`\n\nWindows users are affected, Mac users are fine.",
  "template")
t("cody", "se/p1", "Re: Cody chat answers 'I don't have access to your code'",
  "Hi again,\n\n> Did you enable embeddings / context for the repo?\n\nWe did, the repo shows as indexed for context in site admin. Still every answer in chat says it cannot see our code. 300 devs were onboarded to Cody this week so this is getting a lot of noise internally.\n\nThanks,\nKeiko\n\nOn Wed, 2 Dec 2026 Support wrote:\n> Thanks for reaching out ...",
  "email-thread")
t("cody", "se/p2", "Which LLM does Cody use with our Azure OpenAI key?",
  "we configured completions provider azure-openai in site config:\n```json\n\"completions\": {\"provider\": \"azure-openai\", \"chatModel\": \"gpt-4o\", \"endpoint\": \"https://ai-weu.openai.azure.com\"}\n```\nchat works but autocomplete gives 'model not found'. which model name should fastChatModel / completionModel be?",
  "logs")
t("cody", "se/p3", "neovim plugin status",
  "Is there an officially supported Cody plugin for neovim or only the experimental one? No urgency, just curious before we roll out.",
  "one-liner")
t("cody", "se/p1", "cody context window errors blocking our pilot",
  "During our cody trial every chat with more than 2 files attached fails with `context window exceeded (tokens 9123 > 7000)`. Our evaluation ends next week and the team is frustrated. Anthropic models configured via Sourcegraph gateway.",
  "non-native", tags=["trial"])
t("cody", "se/p2", "JetBrains: Cody sidebar blank",
  "[10:02] dana: cody panel in pycharm is just white\n[10:03] dana: tried reinstall plugin, invalidate caches\n[10:05] raj: same for me on goland 2026.2\n[10:06] dana: vscode works fine\n\n^ pasted from our slack. Cody plugin 7.x, self-hosted instance 6.1.",
  "chat-paste")

t("graph", "se/p2", "go to definition goes to wrong file",
  "In our Java monorepo 'Go to definition' jumps to a random file with the same class name instead of the imported one. precise code intel is set up with scip-java in CI. v6.0.2",
  "non-native")
t("graph", "se/p2", "hover popup gone",
  "The little popup that used to show the function signature when I hover over something in the code view is gone since last week. Happens in all our Python repos.",
  "one-liner")
t("graph", "se/p1", "[Bug] precise indexes stuck in 'queued' for days",
  "**Sourcegraph version:** 5.10.3\n**Deployment:** helm\n\n**Steps to reproduce**\n1. upload an index with `src code-intel upload -file=index.scip`\n2. open Code graph data page\n\n**Actual**: uploads stay in 'Queued for processing', hundreds of them, since 3 days. Find references is now wrong across the company.\n\n**Additional context**\ncodeintel-worker logs: `failed to dequeue: context canceled`",
  "template")
t("graph", "se/p3", "COBOL support?",
  "Do you have any syntax highlighting or navigation for COBOL files? We have a mainframe team asking.",
  "one-liner")
t("graph", "se/p2", "Find references very slow / timeouts in big C++ repo",
  "## Problem\nFind references on commonly used symbols in our C++ repo takes >30s and often ends with 'Error: timeout'.\n\n## Details\n- search-based navigation, no precise index yet\n- repo is ~8GB\n- screenshot: https://imgur.com/a/Xk3fq2\n\n## Ask\nShould we set up scip-clang? is there a guide for CMake projects?",
  "markdown")
t("graph", "se/p2", "syntax highlighting missing on large files",
  "Files over ~1MB show as plain text without colours, with 'syntax highlighting timed out'. Is there a limit we can raise?",
  "one-liner")

t("code-search", "se/p2", "Batch change stuck on 'publishing'",
  "Our batch change for the log4j bump has 143 changesets stuck in 'Publishing' since yesterday. Github credentials for batch changes are set as a site credential. Version 6.1.1.\n\nsrc batch apply -f log4j.batch.yaml ran fine.",
  "logs")
t("code-search", "se/p3", "search contexts for teams",
  "is it possible to make a search context per team and set it as default for people in that team? if yes, how? thanks",
  "non-native")
t("code-search", "se/p2", "Chrome extension no buttons on GitHub Enterprise",
  "The Sourcegraph browser extension (Chrome, latest) no longer shows the 'View on Sourcegraph' button or hovers on our GitHub Enterprise pull requests. Worked before GHE upgrade to 3.14. URL is set in extension options.",
  "template")
t("code-search", "se/p2", "Code insights chart empty",
  "We created a code insight to track the number of 'TODO' occurrences over the last 6 months, but the chart stays empty with 'Insight is being calculated' for a week now.",
  "one-liner")
t("code-search", "se/p3", "saved search notifications",
  "Hi, can saved searches / code monitors send to a Slack webhook instead of email? docs not clear. no rush",
  "email-thread")
t("code-search", "se/p1", "Search results page broken after upgrade",
  "After upgrading to 6.2.0 the search results page shows a blank area where the filters sidebar should be and clicking any result does nothing (console: `TypeError: Cannot read properties of undefined (reading 'repository')`). All users see this. Self-hosted.",
  "logs")

t("source", "se/p1", "Repos stopped syncing from GitLab",
  "Since we rotated the GitLab token yesterday, new commits don't show up in Sourcegraph. The code host page says `401 Unauthorized` for the GitLab connection. We updated the token in the code host config. 4000 repos stale.",
  "email-thread")
t("source", "se/p2", "Perforce depot cloning slow",
  "Cloning our perforce depots (//depot/main/...) with p4-fusion takes >20h and often fails with `p4 client: unable to connect`. gitserver logs attached (gitserver.log). Version 6.0.",
  "logs")
t("source", "se/p1", "Users can see private repos they shouldn't",
  "**Problem:** After enabling permission syncing for GitHub, a contractor account can still see repositories of the payments org they're not a member of.\n**Version:** 6.1.3 self-hosted\n**Auth:** GitHub OAuth\n\nWe disabled the account for now.",
  "template")
t("source", "se/p2", "SAML: new users get 'account not found'",
  "With our Azure AD SAML provider, brand new employees cannot sign in: 'account not found' after redirect. existing users fine. allowSignup is true in the auth provider config? pls help",
  "non-native")
t("source", "se/p2", "gitserver disk usage",
  "gitserver-1 is at 92% disk. Can we trigger repo cleanup / gc manually, or add another gitserver shard safely? Helm chart 6.1.",
  "chat-paste")
t("source", "se/p3", "Bitbucket Server project filter",
  "In the Bitbucket Server code host connection, can we sync only the projects that match a pattern? We have 900 projects and want 30.",
  "one-liner")
t("source", "se/p1", "license says 1200 users but we have 900, new users blocked",
  "Sign-ups are blocked with 'user limit reached' but site admin shows 900 active users and our license is for 1200. Looks like deleted users are still counted? Started after upgrade to 6.2.",
  "email-thread")
