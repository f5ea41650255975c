from common import make

T = make("search-platform")

TICKETS = [
T(1, "every search returns 0 results", r"""
Since ~07:30 every search on our instance returns "No results" — literal, regexp, anything, any repo, for all 1,400 users. Browsing files works, repos are all cloned and up to date.

$ kubectl exec indexed-search-0 -c zoekt-indexserver -- ls /data/index | wc -l
0
$ kubectl logs indexed-search-0 -c zoekt-indexserver --since=3h | grep -i shard | tail -3
{"level":"info","msg":"removing shard","shard":"github.com%2Fbluefin%2Fapi_v16.00000.zoekt","reason":"not in assigned repos"}
{"level":"info","msg":"removing shard","shard":"github.com%2Fbluefin%2Fweb_v16.00000.zoekt","reason":"not in assigned repos"}
{"level":"info","msg":"removing shard","shard":"github.com%2Fbluefin%2Fcore_v16.00000.zoekt","reason":"not in assigned repos"}

The index server deleted all of its shards. It's reindexing now at a rate that will take ~2 days. Nobody can search. What happened and can we speed it up?
""", "se/p0", "logs", ["urgent"], ["self_hosted"]),

T(2, "all searches time out since this morning", r"""
**Sourcegraph version:** 5.4.3
**Platform information:** docker-compose, 64 cores / 256 GB

**Steps to reproduce:** any search, e.g. `context:global TODO` or even `repo:^git\.sable\.internal/tools/cli$ main`

**Expected behavior:** results in < 2s
**Actual behavior:** spinner, then "Search timed out" after 60s, for every user and every query. zoekt-webserver log:
```
zoekt-webserver-0 | 2024/04/02 08:03:11 search: context deadline exceeded (shards searched: 0/18211)
zoekt-webserver-0 | 2024/04/02 08:03:11 grpc: Server.Serve failed to complete security handshake
```
Nobody can search at all.
""", "se/p0", "template", [], ["self_hosted"]),

T(3, "new code not found by search for days", r"""
Browsing repos shows the newest commits (so cloning/fetching is fine), but search doesn't find code that was pushed in the last ~2 days on most repos. Repo > Settings > Indexing for `core/orders` says "Indexed at 3b1e2c9 — 2 days ago" while HEAD is 41 commits newer.

zoekt-indexserver log is full of:
  {"msg":"index job failed","repo":"core/orders","err":"exit status 137"}

Affects pretty much every repo with recent activity, so search is untrustworthy for all teams right now.
""", "se/p1", "logs", [], ["self_hosted"]),

T(4, "critical zoekt: indexed search request errors", r"""
Grafana → Zoekt dashboard → panel "Indexed search request errors every 5m by code" is solid red, and we got:

  critical_zoekt_indexed_search_request_errors (zoekt: 5%+ indexed search request errors every 5m by code for 35m0s)

Users say about a third of searches fail with "error executing search". No workaround besides retrying. Started after we added the 3rd indexed-search replica.
""", "se/p1", "logs", [], ["self_hosted"]),

T(5, "Gitlab sync problem?", r"""
Hi, I thought this was a GitLab syncing issue but now I'm not sure. Repos are cloned and when I open them in Sourcegraph I see yesterday's MRs merged. But when I search for a function that was added yesterday, no results — across most of our GitLab repos. If I add `index:no` to the query the new code IS found (slowly). Is the search index behind?
""", "se/p1", "email-thread", [], ["self_hosted"]),

T(6, "regex searches take 60s", r"""
anything with a regex like `/func \w+Handler\(/` or `lang:go /ctx\.Value\(/` now takes ~60s or times out for basically everyone. literal searches still fast. didn't change anything except more repos (went from 9k to 14k). devs have stopped using regex entirely
""", "se/p1", "plain", [], ["on_prem"]),

T(7, "structural search fails on our big repo (POC)", r"""
During our POC we're trying structural search on the main C++ repo:

`repo:^git\.orca\.example/engine$ patterntype:structural fmt.Sprintf(:[args])`

Result: "Error: structural search: comby: process killed (exit 137)". Works on smaller repos. The POC success criteria literally include a structural search demo, review is on the 27th.
""", "se/p1", "mixed", ["poc"], ["poc"]),

T(8, "type:diff search gives error for everyone", r"""
Hallo,
since upgrade to 5.3, every diff search (type:diff) and commit search (type:commit) give error "too many matching commits, try a more specific repo: filter" even when we use repo: filter for one repo. For all our users. Before it was working. Normal search is fine. We use diff search a lot for incident review, so it is big problem.
Dziękuję, Paweł
""", "se/p1", "non-native", [], ["self_hosted"]),

T(9, "searcher memory warning", r"""
warning searcher: 90%+ container memory usage by instance
instance: searcher-1

shows up most days around 10:00. unindexed searches sometimes slow at that time but nothing failing. limit 8G. should we add replicas or memory?
""", "se/p2", "logs", [], []),

T(10, "-file: filter doesn't exclude test files", r"""
Query: `repo:^github\.com/corvid/api$ -file:_test\.go$ ParseToken`

Still returns matches in `auth/token_test.go` and `auth/parse_test.go`. `file:_test\.go$` (positive) works as expected. Am I writing the negation wrong? Workaround: piping `src search -json` through grep.
""", "se/p2", "one-liner", [], []),

T(11, "fewer hits than grep on my laptop", r"""
i search for `ENABLE_LEGACY_FLOW` in our sourcegraph and get 14 results. `git grep` on my laptop across the same 3 repos gives 31. some of the missing ones are in big .json fixture files, some in normal .py files. what am i missing? not urgent, i can grep locally
""", "se/p2", "plain", [], []),

T(12, "Feature request: search inside jar/zip archives", r"""
### Feature request
Many of our internal libraries are vendored as `.jar` / `.zip` artifacts in repos. Today search ignores what's inside them. Would love an option (per repo or global) to index the contents of archives so `lang:java` queries hit those sources too.
""", "se/p2", "markdown", ["feature_request"], ["enterprise"]),

T(13, "re: case 6034 - src search CLI timeouts in nightly job", r"""
> Try adding `timeout:120s` to the query.

We did, thanks. The nightly compliance job still fails about 2 nights out of 5:

$ src search -json 'context:global count:all secret_key_base'
error: search: timeout (alert: "Timed out while searching", proposedQueries: [...])

Interactive searches in the UI with the same query finish in ~25s. Can the API/CLI use a longer timeout than the UI? Job re-runs in the morning so it's not blocking.
""", "se/p2", "email-thread", [], []),

T(14, "repo: filter with + in name", r"""
Sourcegraph version: 5.2.3
Steps to reproduce: search `repo:^git.corp.example/c++-tools/fmt$ include`
Expected: results from that repo
Actual: "No repositories matched". Escaping as `c\+\+-tools` works. Is unescaped `+` supposed to be treated as regex? Fine with escaping, just want to confirm before we tell 200 people.
""", "se/p2", "template", [], []),

T(15, "searches in archived repos are slow", r"""
We index only non-archived repos (set in `search.index.*` via site config). Searches that include archived repos fall back to unindexed search and take 30-40s. That's by design I guess, but searcher pods spike to 100% CPU. Can we cap how many unindexed repos one query hits? Only a few people search archived repos.
""", "se/p2", "plain", [], ["self_hosted"]),

T(16, "type:symbol misses functions in some repos", r"""
[15:20] kev: `type:symbol ReconcileLedger` finds nothing
[15:20] kev: but a normal search finds `func ReconcileLedger(` in ledger-svc
[15:21] ada: works for me in payments-svc, so it's per repo?
[15:22] kev: ledger-svc is our biggest Go repo, maybe symbols not built
[15:22] ada: file a ticket, normal search works as a fallback
""", "se/p2", "chat-paste", [], []),

T(17, "index more branches", r"""
How do we get Sourcegraph to index release branches (release/*) in addition to the default branch? Only for a handful of repos. No rush.
""", "se/p3", "one-liner", [], ["self_hosted"]),

T(18, "Help form: pattern types", r"""
-- Help Center form --
Product: Code Search
Type: Question
Your question: Our docs team is writing an internal guide. What's the actual difference between the "literal", "standard" and "keyword" pattern types? Which one is the default now?
Urgency: Low
Attachments: none
--
""", "se/p3", "template", [], []),

T(19, "max results via GraphQL API", r"""
is there a hard max on results returned by the search API, even with count:all?
""", "se/p3", "one-liner", [], []),

T(20, "how to check if a repo is in the search index", r"""
Bonjour, how can an admin check if a specific repository is fully indexed for search, and when the index was last updated? Is there a page or an API? Merci beaucoup.
""", "se/p3", "non-native", [], []),
]
