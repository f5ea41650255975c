TEAM = "search-platform"
TICKETS = [
dict(subject="Search returns zero results for everyone",
description="""Any search, even `repo:.* foo`, now returns "No results" for all users. File browsing works, repos are cloned. After a node drain last night the indexed-search pods came back with empty volumes it seems:

$ kubectl -n sg exec indexed-search-0 -c zoekt-webserver -- ls /data/index | wc -l
0
$ kubectl -n sg logs indexed-search-0 -c zoekt-indexserver | tail -3
2024/05/02 07:11:04 index queue: 41873 repos pending
2024/05/02 07:11:04 indexing github.example/core/monorepo (1 of 41873)
2024/05/02 07:11:09 WARN unindexed search fallback disabled (search.index.enabled=true)

So the index is rebuilding from scratch and search shows nothing meanwhile. Whole org is blind. How do we get results back now, and why wasn't the PVC retained?""",
priority="se/p0", form="logs", tags=["urgent"], org_tags=["self_hosted","enterprise"]),

dict(subject="every search times out",
description="""[08:15] kofi: search is dead. every query spins then "timeout"
[08:16] ellen: yep for me too. even literal strings in one repo
[08:18] kofi: alerts channel: critical_zoekt_indexed_search_request_errors and warning_searcher_unindexed_search_request_errors both firing since 07:50
[08:19] ellen: nobody in the company can search right now. paging the vendor
[08:20] kofi: fwiw the rest of the UI loads fine, code browsing ok""",
priority="se/p0", form="chat-paste", tags=[], org_tags=["self_hosted"]),

dict(subject="zoekt indexserver OOM, most repos not in index",
description="""Alerts:
- warning_zoekt_memory_map_areas_percentage_used (92%)
- critical_zoekt_container_oomkill_events_total

indexed-search-1 zoekt-indexserver:
2024-04-08T03:22:10Z ERROR failed to index repo="gitlab.corp.example/data/warehouse" err="signal: killed"
2024-04-08T03:22:48Z ERROR failed to index repo="gitlab.corp.example/web/storefront" err="signal: killed"

Result: searches miss anything committed in the past ~5 days for most of our repos. Users say search is "lying" to them. We doubled the memory limit once already, current helm override:

```yaml
indexedSearch:
  replicaCount: 2
  resources:
    limits:
      memory: 32Gi
indexedSearchIndexer:
  resources:
    limits:
      cpu: "8"
      memory: 16Gi
  env:
    MAX_INDEX_SIZE_MB:
      value: "4096"
```""",
priority="se/p1", form="config", tags=[], org_tags=["self_hosted"]),

dict(subject="Regex searches take 60+ seconds",
description="""Sourcegraph version: 5.2.7
Platform information: docker-compose, 1 host, 64 cores / 256 GB

Steps to reproduce:
1. search `/func\\s+New[A-Z]\\w+\\(ctx/` across all repos (patterntype regexp)

Expected behavior: results in a few seconds like literal searches

Actual behavior: 60-90s, often "Search timed out" with partial results. Most of our developers use regex daily so this affects basically everyone. Literal searches are fast.

<!-- Please include any search-related logs -->""",
priority="se/p1", form="template", tags=[], org_tags=["self_hosted"]),

dict(subject="new code not appear in search but appear in file view",
description="""Hi, we have strange issue. When we push commit, after few minutes we can see it when we open the file in Sourcegraph (so repo is updated ok). But the search do not find the new code, even 2 days later. Older code is found. It happen in most of our repos since last week. Site admin repo page say "Index: last indexed 6 days ago". Developers stop trusting the search. Please help us, thank you.""",
priority="se/p1", form="non-native", tags=[], org_tags=["managed_instance"]),

dict(subject="Re: commit/diff search timing out",
description="""Hi again,

> Could you tell us which queries are failing?

Anything with type:diff or type:commit across more than a handful of repos, e.g.

  type:diff author:@release-bot after:"2 weeks ago" secret

Our security review process runs these searches for every release, and since the upgrade to 5.3 they all time out for everyone after 60s with no partial results. We have no workaround, the release train is stuck.

Ahmed Saleh | AppSec | Nordquist Bank

> On Tue, Support wrote:
> > Sorry to hear that! Could you tell us which queries are failing?""",
priority="se/p1", form="email-thread", tags=[], org_tags=["self_hosted","enterprise"]),

dict(subject="Unindexed search request errors every 5m",
description="""Getting "Unindexed search request errors every 5m" (searcher) nonstop. searcher pods:

$ kubectl get pods -l app=searcher
NAME         READY   STATUS    RESTARTS   AGE
searcher-0   0/1     Running   14         3h
searcher-1   0/1     Running   13         3h

searcher-0 log: {"level":"error","msg":"fetching archive","repo":"github.example/app/web","error":"context deadline exceeded"}

Any search on a non-default branch or with rev: fails for most people. Default-branch search works.""",
priority="se/p1", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="search broken for anything with a space in it since 5.3",
description="",
priority="se/p1", form="one-liner", tags=[], org_tags=["self_hosted"]),

dict(subject="search.largeFiles not picked up",
description="""We need our generated `*.pb.go` files (some > 1MB) to be searchable. Added to site config:

```json
{
  "search.largeFiles": [
    "**/*.pb.go",
    "gen/**"
  ],
  "search.index.enabled": true
}
```

Waited a day, still "No results" for strings that are only in those files. Other files fine. Do the shards need to be rebuilt manually?""",
priority="se/p2", form="config", tags=[], org_tags=["self_hosted"]),

dict(subject="structural search fails on Kotlin files",
description="""`patterntype:structural fun :[name](:[args]): Result<:[t]>` → "Error: structural search failed: comby returned exit status 1" but only when the repo filter includes Kotlin repos. Java and Go repos work. Screenshot: https://shots.example/struct-err.png

searcher log line:
{"level":"error","msg":"comby","err":"exit status 1","stderr":"unsupported matcher .kts"}

Not many people use structural search, so it's just a few of us.""",
priority="se/p2", form="mixed", tags=[], org_tags=["self_hosted"]),

dict(subject="src search -json output changed?",
description="""Our nightly script broke after upgrading src-cli:

$ src search -json 'repo:^gitlab\\.corp\\.example/infra/ file:\\.tf$ aws_s3_bucket' | jq '.Results[0].file.path'
jq: error (at <stdin>:1): Cannot index array with "file"

It used to return {"Results":[{"file":{...}}]}. Is the new shape documented? We pinned the old src version for now.""",
priority="se/p2", form="logs", tags=[], org_tags=["self_hosted"]),

dict(subject="-file: filter doesn't exclude test files",
description="""**Sourcegraph version:** 5.3.0
**Platform information:** <!-- e.g. Kubernetes -->

**Steps to reproduce:**
1. search `lang:python requests.get -file:_test\\.py$ -file:^tests/`

**Expected behavior:** no results from tests/ or *_test.py

**Actual behavior:** results from tests/ still appear (but not *_test.py)

**Additional context:** <!-- anything else --> works if I use `-file:tests/`""",
priority="se/p2", form="template", tags=[], org_tags=[]),

dict(subject="repogroup: queries error after upgrade",
description="""### Sourcegraph version
5.3.0 (from 4.5)

### Platform information
<!-- Kubernetes, Docker Compose, or pure Docker? -->

### Steps to reproduce
run any of our bookmarked queries that use `repogroup:backend`

### Expected behavior
results as before the upgrade

### Actual behavior
"unknown field repogroup"

### Additional information
Is repogroup gone, and what's the replacement? We can rewrite the queries with repo: regexes in the meantime but there are a lot.""",
priority="se/p2", form="template", tags=[], org_tags=["self_hosted"]),

dict(subject="type:symbol returns nothing for C# repos",
description="""## Problem
`type:symbol OrderService` finds results in our Java and Go repos, but nothing in any C# repo, even though `OrderService` is a class there.

## Repro
| query | result |
|---|---|
| `type:symbol OrderService lang:java` | 14 |
| `type:symbol OrderService lang:c#` | 0 |
| `OrderService lang:c#` (plain) | 212 |

A plain search works as a workaround.""",
priority="se/p2", form="markdown", tags=[], org_tags=["self_hosted"]),

dict(subject="warning zoekt average resolve revision duration",
description="""we see "warning zoekt: 15s+ average resolve revision duration over 5m" a few times a day. search still works but some queries feel slower around those times. what does it measure?""",
priority="se/p2", form="logs", tags=[], org_tags=["managed_instance"]),

dict(subject="search ranking put test files first",
description="""Hallo, when I search a function name, the first results are always test files and vendor folder, the real definition is on page 3. Before (old version) the important files come first I think. Is possible to change the ranking or is bug? We can add -file:vendor but it is annoying every time.""",
priority="se/p2", form="non-native", tags=[], org_tags=["self_hosted"]),

dict(subject="search only archived repos?",
description="",
priority="se/p3", form="one-liner", tags=[], org_tags=[]),

dict(subject="how big should the zoekt index disk be?",
description="""We're going from 8k to ~50k repos over the next quarter. How much disk should we plan for the indexed search shards relative to the size of the repos on gitserver? Is there a rule of thumb for shard count/memory? Just planning, nothing broken.""",
priority="se/p3", form="plain", tags=[], org_tags=["self_hosted","enterprise"]),

dict(subject="Keyword vs standard pattern type",
description="""Hi,

Quick question from our dev community channel that I couldn't answer:

> what's the actual difference between patterntype:keyword and patterntype:standard? do quotes mean the same thing?

Thanks!
Giulia

--
Giulia Ferri, Developer Relations
Sent from my phone""",
priority="se/p3", form="email-thread", tags=[], org_tags=[]),

dict(subject="case sensitive search?",
description="",
priority="se/p3", form="one-liner", tags=[], org_tags=[]),
]
