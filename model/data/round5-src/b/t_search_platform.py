from common import T

TEAM = "search-platform"

TICKETS = [
T("zero results for every query since upgrade",
r"""
Upgraded 5.2.7 -> 5.3.0 an hour ago (docker-compose). Every search now returns "No results matching your query", for every user, even `repo:.` with any literal. Repos are all cloned and browsing files works.

zoekt-webserver-0 log:
  2024/05/02 10:14:03 loading shards from /data/index: 0 shards loaded
  2024/05/02 10:14:03 WARN: shard version 16 is not supported, skipping 3841 files

Nobody can search, which is 95% of what people use it for.
""",
"se/p0", "logs", tags=["urgent"], org_tags=["self_hosted"]),

T("indexed-search panics on startup - all search down",
r"""
[#sg-ops]
pete.r  07:51  search is dead for everyone, UI says "indexed search unavailable"
pete.r  07:52  zoekt webserver crashloops:
  panic: runtime error: slice bounds out of range [:1634402] with capacity 1048576
  goroutine 88 [running]:
  github.com/sourcegraph/zoekt.(*indexData).readNgrams(...)
      /go/src/zoekt/read.go:311
pete.r  07:53  started after the node ran out of disk overnight, we freed space but it keeps panicking
mia.o  07:55  can we delete the broken shard? which one is it?
pete.r  07:56  no idea, there are 4000 files in /data/index
""",
"se/p0", "chat-paste", tags=[], org_tags=["self_hosted", "enterprise"]),

T("searches time out for most users",
r"""
For about two days, most searches across all repos take 30-60s and end with "Search timed out" / partial results. Searches scoped to a single repo are fast. We have ~9k repos. Nothing changed on our side that we know of. Our devs are basically unable to search the whole codebase.
""",
"se/p1", "plain", tags=[], org_tags=["self_hosted"]),

T("feature branches not searchable",
r"""
We'd like `release/*` branches to be searchable (indexed) in addition to the default branch, for ~50 repos. We tried this in site config:

```json
"experimentalFeatures": {
  "search.index.branches": {
    "git.corp.example/payments/ledger": ["release/2024.04", "release/2024.05"]
  }
}
```

`rev:release/2024.05` returns results, but slowly and the UI says "unindexed". Do branches need to be listed exactly (no globs)? Is there a limit?
""",
"se/p2", "config", tags=[], org_tags=["self_hosted"]),

T("regex for matching multi-line function signatures",
r"""
How do I write a regexp query that matches a Go function signature spread over several lines, e.g. `func (s *Server) Handle(` ... `) error {`? Does `(?s)` work in Sourcegraph regex? Thanks!
""",
"se/p3", "plain", tags=[], org_tags=[]),

T("structural search returns error on large repos",
r"""
Sourcegraph version: 5.3.3
Platform information: kubernetes / helm

Query: `repo:^git\.corp\.example/core/engine$ patterntype:structural try { :[body] } catch (:[e]) { }`

Actual behavior: "Error: structural search: comby: exit status 1" after ~20 s. Same query on a smaller repo works.
Expected: matches

<!-- Add screenshots or logs -->
searcher logs show `comby: signal: killed`.
""",
"se/p2", "template", tags=[], org_tags=["self_hosted"]),

T("commit / diff search always times out",
r"""
`type:diff author:svc-release after:"2 weeks ago" repo:^gh\.example/platform/` never returns, always "timed out". type:commit same. Regular code search works fine. We need this for the release notes that are due tomorrow, workaround is git log on a laptop.
""",
"se/p1", "plain", tags=[], org_tags=[]),

T("zoekt memory map areas warning",
r"""
We get a recurring Grafana alert on our self-hosted instance:

  warning zoekt: memory map areas percentage used > 60%
  indexed-search-1: 74%

No visible problems in search yet. Should we raise vm.max_map_count on the nodes, add replicas, or both? We plan to add 6k repos next quarter.
""",
"se/p2", "logs", tags=[], org_tags=["self_hosted"]),

T("unindexed search errors alert",
r"""
Alertmanager:
  [FIRING:1] warning_searcher_unindexed_search_request_errors (searcher)
Searches with `rev:` on old tags fail about 1 in 5 times with "searcher: context canceled". Normal searches ok.
""",
"se/p2", "logs", tags=[], org_tags=[]),

T("where are the src search -json output fields documented?",
r"""
need repo/path/line per match for a script
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("results missing from big generated files",
r"""
Hello, we search for identifiers that we know exist in `schema/generated_types.go` (2.4 MB) and get no result. In smaller files the same kind of search works. Is there a file size limit, and can we raise it for some paths?
Kind regards
""",
"se/p3", "non-native", tags=[], org_tags=[]),

T("repo: filter with regex doesn't match what I expect",
r"""
`repo:github.com/acme/(api|web)-.*` returns results from `acme/api-gateway` but also from `acme/legacy-api-tools`. Shouldn't the regex be anchored? Do I need ^ and $ explicitly?
""",
"se/p3", "plain", tags=[], org_tags=["managed_instance"]),

T("日本語の文字列が検索でヒットしない",
r"""
お世話になります。

ソースコード中の日本語コメント（例: 「在庫引当」）を検索しても結果が出ません。英語の識別子は問題なく検索できます。ファイルは Shift_JIS のものと UTF-8 のものが混在しています。UTF-8 のファイルでもヒットしないものがあります。

Shift_JIS のファイルはそもそも対象外でしょうか？回避策として grep を使っています。

どうぞよろしくお願いいたします。
""",
"se/p2", "non-native", tags=[], org_tags=["self_hosted"]),

T("type:symbol search finds nothing for repos added this month",
r"""
`type:symbol PaymentIntent` finds symbols in older repos but nothing in repos we connected in the last 3 weeks, even though plain text search for `PaymentIntent` does find those repos. Regular search results are fine. Is symbol search using a separate index that's behind?
""",
"se/p2", "plain", tags=[], org_tags=[]),

T("200 repos 'not indexed' although cloned - trial",
r"""
We're on a 30-day trial. Site admin > Repositories: everything is cloned. But on ~200 repos the search results page says "This repository is not indexed yet, results may be slow/incomplete", since 5 days. zoekt-indexserver logs:

  2024/04/22 13:02:11 error indexing github.example/tools/infra-cli@HEAD: exit status 1: failed to open shard: file exists
  2024/04/22 13:02:12 error indexing github.example/tools/build-cache@HEAD: exit status 1: failed to open shard: file exists

Trial ends on the 30th and search speed is the thing the team is assessing.
""",
"se/p1", "logs", tags=["trial"], org_tags=["prospect"]),

T("forks and archived repos show up in results",
r"""
Hey, searches return matches from forked and archived repos, which our users find noisy. Is there a default filter to exclude them instance-wide, rather than everyone adding fork:no archived:no? If not, please take this as a feature request - an admin-level default would help us a lot. No rush.
""",
"se/p2", "plain", tags=[], org_tags=["enterprise"]),

T("API search returns different results than UI",
r"""
[DM with our platform lead, pasted with permission]
Ines: the nightly script that counts usages of `log.Fatal` via the GraphQL search API returns 312 matches
Ines: the same query in the UI says 1.4k+
Ines: is the API capping results?
Tom: does the UI query have count:all?
Ines: no, and neither does the API one. api one uses patternType:literal explicitly
Tom: open a ticket, we report these numbers to management every week
""",
"se/p2", "chat-paste", tags=[], org_tags=[]),

T("Re: POC - searches across the monorepo give partial results",
r"""
Hi Sourcegraph team,

> > Can you share the exact query and what "partial" means in the UI?

Sure. `repo:^code\.veldt\.example/mono$ count:all ConnectionPool` shows the orange banner "Some results may be missing: search timed out" for every engineer on the evaluation, and the result count changes between runs (812, 1,140, 967). Smaller repos are fine. Repo is ~25 GB, 600k files.

> > What timeout do you have configured?

Default, we haven't changed anything.

Our technical evaluation closes next Wednesday; consistent monorepo search is criterion #1 on the scorecard.

Thanks,
Aksel Brun
Staff Engineer | Veldt Energy
Disclaimer: This e-mail is for the intended recipient only.
""",
"se/p1", "email-thread", tags=["poc"], org_tags=["poc", "prospect"]),

T("case sensitivity toggle ignored",
r"""
the Aa toggle is on but I still get lowercase matches
""",
"se/p2", "one-liner", tags=[], org_tags=[]),

T("searching old commits of a repo slow",
r"""
Hi,
we pinned search for some repos to a release tag via `rev:v3.2.0`. It's correct, but takes 20-40s every time. HEAD searches are sub-second.

$ time curl -s -H "Authorization: token $SRC_TOKEN" "https://sg.tervo.internal/.api/search/stream?q=repo:tervo/core+rev:v3.2.0+RetryPolicy" > /dev/null
real    0m34.812s
$ time curl -s -H "Authorization: token $SRC_TOKEN" "https://sg.tervo.internal/.api/search/stream?q=repo:tervo/core+RetryPolicy" > /dev/null
real    0m0.611s

Could tags be indexed, or is that the same as the branches setting? Everything else works, just slow on tags. We use this a lot during support escalations.

Cheers,
Nadia
""",
"se/p2", "mixed", tags=[], org_tags=["self_hosted"]),
]
