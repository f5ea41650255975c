from common import t

TEAM = "search-platform"
TICKETS = [
t("new repos cloned but never show up in indexed search",
"""Repos we added last week show as "Cloned" in Site admin > Repositories, and I can browse their files, so gitserver has them. But searching for strings in them returns nothing unless I add `index:no`. zoekt-indexserver log:

```
{"level":"warn","msg":"failed to index","repo":"git.holmgren.internal/data/ingest-api","err":"shard builder: write /data/index/.tmp-ingest-api_v16.00000.zoekt: no space left on device"}
{"level":"warn","msg":"failed to index","repo":"git.holmgren.internal/data/etl-jobs","err":"shard builder: write ...: no space left on device"}
```
Older repos search fine, but nothing pushed since Monday is findable with normal search, for any repo — even in our busiest repos new code is missing from results for everyone.""",
"se/p1", "logs", [], ["self_hosted"]),

t("search only finds main branch, need release branches too",
"""We need code search results from `release/*` branches as well as main. I tried this in site config but nothing changed after a day:

```json
"search.index.branches": {
  "git.kolvik.internal/core/firmware": ["release/2024.1", "release/2023.4"]
}
```
Searching `repo:core/firmware@release/2024.1 watchdog_reset` still says "no results" or times out. Is the syntax wrong? We need this for an incident post-mortem that is due tomorrow.""",
"se/p1", "config", [], ["self_hosted"]),

t("regex query no results but literal works",
"""`/ReadTimeout\\(\\d+\\)/` returns 0 results, `ReadTimeout(30)` literal returns 14. Am I escaping wrong or is regexp broken? Just a question.""",
"se/p3", "plain", [], []),

t("zoekt memory map areas percentage used",
"""warning zoekt: 92% of memory map areas used

^ that's from our Alertmanager, started after we added ~3k repos. search still works. Do we raise vm.max_map_count on the nodes or is it something in indexed-search config? k8s, helm.""",
"se/p2", "logs", [], ["self_hosted"]),

t("search timing out for most queries across org",
"""Since yesterday afternoon almost every search across our whole organization (no repo: filter) ends with "Search timed out" after 60s and partial results. Single-repo searches are ok. ~6k repos, nothing changed on our side except GitLab added a big group. Grafana zoekt dashboard shows request duration way up. Our devs basically can't use global search at the moment.""",
"se/p1", "plain", [], ["self_hosted", "enterprise"]),

t("structural search errors out",
"""```
$ src search 'lang:go fmt.Errorf(:[msg], :[args]) patterntype:structural'
error: search failed: comby: exit status 1: Error: cannot open file '/tmp/comby-123/...' (too many open files)
```
Structural search works on a single repo but fails on `repo:^git\\.pinehill\\.internal/backend/`. Can we increase some limit?""",
"se/p2", "logs", [], ["self_hosted"]),

t("type:diff search very slow",
"""**Sourcegraph version:** 5.2.5
**Platform information:** k8s
**Steps to reproduce:** `type:diff after:"2 weeks ago" author:jkowalski repo:platform/`
**Expected behavior:** results in seconds like commit search
**Actual behavior:** spins ~90s then "timed out", shows 3 results

We use diff search for our quarterly change audit and the auditors come on Friday, so we need this working by Thursday. Other searches fine.""",
"se/p1", "template", [], ["self_hosted"]),

t("src search --json output fields",
"""[16:10] oskar: using `src search -json 'repo:infra/ file:\\.tf$ aws_s3_bucket'` in a script
[16:10] oskar: which field has the line number of the match? I see lineMatches but also chunkMatches??
[16:12] oskar: and can I get more than the default number of results without the UI's "show more"? count:all?
[16:12] helen: ask sg support, they answered fast last time""",
"se/p3", "chat-paste", [], []),

t("NOBODY CAN SEARCH - zoekt crashlooping OOMKilled",
"""```
$ kubectl -n sg get pods | grep indexed-search
indexed-search-0   1/2   CrashLoopBackOff   37   3h
indexed-search-1   1/2   CrashLoopBackOff   36   3h
$ kubectl -n sg describe pod indexed-search-0 | grep -A3 "Last State"
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
```
container_oomkill_events_total for zoekt keeps increasing. Every search for every user returns an error or nothing. Memory limit is 48Gi, same as last month. We are dead in the water, please help.""",
"se/p0", "logs", ["urgent"], ["self_hosted"]),

t("unindexed search request errors alert",
"""Alertmanager: `warning_searcher_unindexed_search_request_errors` (5%+ unindexed search request errors every 5m). Mostly happens with `index:no` queries and on repos with rev specifiers. Searcher logs show `context deadline exceeded` fetching archives. Users only mention occasional errors, not blocking.""",
"se/p2", "mixed", [], ["self_hosted"]),

t("-file: filter ignored when lang:go is in the query",
"",
"se/p2", "one-liner", [], []),

t("indexed-search disks filling up, 2 TB and growing",
"""## Problem
Our indexed-search PVCs are at 94%. Repo count only grew ~10% but shard size roughly doubled since we enabled indexing of 4 extra branches per repo.

| pod | PVC | used |
|---|---|---|
| indexed-search-0 | 1 TB | 951 GB |
| indexed-search-1 | 1 TB | 938 GB |

## Questions
1. How can we see which repos/branches take the most shard space?
2. Can we exclude big generated/binary-ish files from the index?

Search is fine right now but we'll run out in ~2 weeks.""",
"se/p2", "markdown", [], ["self_hosted", "enterprise"]),

t("type:symbol returns nothing for Go",
"""`type:symbol HandleRequest lang:go` returns no results on our instance although the function exists in ~40 repos. `type:symbol` works for TypeScript. I'm asking about the search, not the symbols side panel in the file view (that one shows the Go function fine).""",
"se/p2", "plain", [], ["self_hosted"]),

t("how are results ranked?",
"""Why does a README match come before the actual implementation when I search for a function name? Can we influence ranking (e.g. boost certain repos)? curious, no urgency""",
"se/p3", "plain", [], []),

t("非索引搜索 branch search very slow",
"""你好, we search on a feature branch like `repo:^git\\.lanfeng\\.internal/pay/gateway$@feature/refund-v2 RefundPolicy` and it is very slow, 40秒 or more, main branch is fast (1 second). We understand feature branch is not in the index. 有没有办法 make it faster, or add the branch into the index? Only some users need this.""",
"se/p2", "non-native", [], ["self_hosted"]),

t("search shows code from 3 weeks ago",
"""Hi support,

> > Could you share an example?

Sure. Search results for `repo:^github\\.com/lumen-ai/api$ func NormalizeTenant` still return the function under its OLD name `NormalizeOrg`, renamed 3 weeks ago. When I click the result, the file view shows the new code, so the repo itself is up to date. A few other repos we checked behave the same; most are current.

Thanks,
Amara
-- 
Amara Nwosu | Lumen AI | sent from my phone""",
"se/p2", "email-thread", [], ["managed_instance"]),
]
