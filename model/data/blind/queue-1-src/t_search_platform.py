from common import T

TEAM = "search-platform"
TICKETS = [
T("sp01", "HGM", "logs", "se/p1",
"indexed-search pods crashlooping, Lantern results missing for 2 days",
r"""
Hi,

Lantern search is missing results for a large share of repos. Devs noticed that code merged since Monday isn't found. indexed-search statefulset:

$ kubectl -n lantern-prod get pods -l app=indexed-search
NAME               READY   STATUS             RESTARTS        AGE
indexed-search-0   2/2     Running            0               9d
indexed-search-1   1/2     CrashLoopBackOff   57 (3m ago)     9d
indexed-search-2   1/2     CrashLoopBackOff   61 (1m ago)     9d

$ kubectl -n lantern-prod logs indexed-search-1 -c zoekt-indexserver --previous | tail -4
2024/05/15 06:41:02 indexing github.harrowgate.internal/hgm-claims/claims-engine (shard 3/11)
2024/05/15 06:41:30 error building shard: write /data/index/.tmp-claims-engine_v16.00003.zoekt: no space left on device
2024/05/15 06:41:30 panic: runtime error: invalid memory address or nil pointer dereference

The data PVC on -1 and -2 is 100% (400Gi each). Search works but skips whatever lives on those two replicas. Can we safely delete .tmp files, and how do we size this?

Dmitri Volkov
""", ["zoekt", "indexed-search", "disk-full", "crashloop"]),

T("sp02", "HGM", "chat-paste", "se/p2",
"indexed-search restarting again",
r"""
[#lantern-ops]
Kwame Asante 15:30  indexed-search-2 restarting again, search missing claims stuff
Dmitri Volkov 15:31  disk? we went to 800Gi after the May ticket
Kwame Asante 15:33  disk 61%. this time it's OOMKilled, zoekt-webserver container, limit 32Gi
Dmitri Volkov 15:35  hgm-cards org onboarded last week added a lot of shards
Kwame Asante 15:36  results for repos on indexed-search-2 come and go while it restarts

Same area as our May ticket. How much memory per shard / per GB of index should webserver have? Lantern 5.4.1.
""", ["zoekt", "indexed-search", "oomkill", "sizing"], recurs="sp01"),

T("sp03", "CBF", "non-native", "se/p2",
"new repo visible in portal but search say not indexed",
r"""
Hello team,

The project tms/yard-planner now appear in the portal (thanks for the GitLab token fix). I can browse files. But when I search repo:yard-planner foo, I get message "1 repository not indexed yet, results may be incomplete" and only few results. It is like this since 3 days. Other repos search normally.

In site admin > Repositories the repo shows "Cloned". Is there a way to force the indexing for one repo?

Tomasz
""", ["zoekt", "indexing", "not-indexed", "docker-compose"]),

T("sp04", "QHC", "logs", "se/p3",
"zoekt memory_map_areas_percentage_used warning",
r"""
Hi,

Alert on Atlas:

  [FIRING] memory_map_areas_percentage_used  service_name=zoekt  level=warning
  description: zoekt: 60%+ process memory map areas percentage used

  indexed-search-0: 71%
  indexed-search-1: 64%

We have not changed vm.max_map_count on the GKE nodes (default 65530). Is the right fix to raise it with a DaemonSet/init container, or to add indexed-search replicas? Number of shards keeps growing since we added Gerrit repos.

Theo Grant, SRE, Quayhaven Capital
""", ["zoekt", "mmap", "alert", "gke"]),

T("sp05", "PRG", "template", "se/p2",
"Search doesn't find content in big JSON fixtures in storefront",
r"""
**Summary**
Searching for strings that exist in `storefront/test/fixtures/catalog-*.json` returns nothing.

**Impact**
QA team relies on SG to find which fixtures contain a SKU.

**Steps to reproduce**
1. Search: `repo:pellucid-retail/storefront SKU-77310442`
2. 0 results

**Expected**
Hits in catalog-uk.json (2.4 MB)

**Actual**
No results. Opening the file in SG shows it fine.

**Environment**
Managed instance, 5.4.x

**Notes**
Found something about large files being skipped by the index. Is there a `search.largeFiles` setting we can ask for?

Marisol Ortega
""", ["zoekt", "large-files", "indexing", "managed-instance"]),

T("sp06", "MPS", "chat-paste", "se/p1",
"searching non-default branches times out",
r"""
Wei Zhang [09:02]
searches with rev: on any non-default branch time out on meridian.sourcegraphcloud.example
Wei Zhang [09:03]
repo:^linehaul/route-planner$ rev:release/2024.06 "maxStops" -> spinner ~60s then "Search timed out"
Wei Zhang [09:03]
same query on default branch: 0.4s
Wei Zhang [09:05]
started roughly when route-planner crossed 9k files. smaller repos on release branches OK
Wei Zhang [09:06]
release managers need this before each cut, next cut is in 10 days
""", ["searcher", "unindexed-search", "branches", "timeout"]),

T("sp07", "TWL", "markdown", "se/p3",
"How do we index release/* branches?",
r"""
Hi,

We'd like indexed search (not the slow unindexed one) for our `release/*` branches on `tidewater-log/dispatch-api` and `tidewater-log/dispatch-web`.

- Is there a per-repo setting for extra branches to index?
- Is there a limit on how many branches?
- Any impact on index size we should know about?

Thanks, Femi
""", ["zoekt", "branches", "question"]),

T("sp08", "NSB", "logs", "se/p2",
"indexed_search_request_errors on Fyren",
r"""
Hello,

Alert since yesterday afternoon:

  [FIRING:2] indexed_search_request_errors service_name=zoekt level=warning
  description: zoekt: 5%+ indexed search request errors every 5m by code

zoekt-webserver log:
  ERROR search failed  {"err":"rpc error: code = ResourceExhausted desc = grpc: received message larger than max (5321002 vs. 4194304)"}

Users see sometimes "Some results could not be shown" with big regex searches. Chart 5.3.0.

Lars Ekdahl
""", ["zoekt", "alert", "grpc", "search-errors"]),

T("sp09", "NSB", "email-thread", "se/p2",
"RE: indexed_search_request_errors - fired again",
r"""
Hello,

The indexed search error alert is back, three weeks after we applied the workaround from your colleague. The message size in the logs is now even bigger (7.1 MB vs 4 MB limit). The developers again get "Some results could not be shown" for wide regex queries across the CORE project.

Could you tell us if there is a permanent fix in a newer version? We plan an upgrade in August and could include it.

Med vänliga hälsningar
Lars Ekdahl
Platform team, Norrsken Bank

> On 12 Jun, Support wrote:
> As a workaround, please reduce the default result count in the search settings
> ("search.defaultResultCount") while we check with the team.
""", ["zoekt", "alert", "grpc", "search-errors"], recurs="sp08"),

T("sp10", "BMS", "template", "se/p2",
"[BUG] basket-mono returns no search results after reindex",
r"""
BUG REPORT
Severity: (Low / Medium / High / Critical) Critical
Component: search
Reporter: Sanjay Pillai

Steps to reproduce:
1. Site admin > Repositories > brightmarket/basket-mono > "Reindex now" (we did this because results looked stale)
2. Search repo:basket-mono anything

Expected:
Results

Actual:
0 results for everything in basket-mono since the reindex (~6 hours). Other repos OK. Adding index:no finds matches (slowly).

Logs:
  zoekt-indexserver | 2024/06/03 14:02:10 error indexing gitlab.brightmarket.internal/brightmarket/basket-mono: shard merge failed: file exists: /data/index/gitlab.brightmarket.internal%2Fbrightmarket%2Fbasket-mono_v16.00000.zoekt

Additional context:
Whole Basket squad (40 devs) uses search all day.
""", ["zoekt", "reindex", "shards", "docker-compose"]),

T("sp11", "BMS", "one-liner", "se/p2",
"Basket search broken again",
r"""
Searching basket-mono returns nothing again since this morning. Same as a few weeks ago. Please fix properly. - Holly Jenkins, Eng Manager
""", ["zoekt", "shards"], recurs="sp10"),

T("sp12", "one-off", "one-liner", "se/p3",
"zoekt disk per GB of repo?",
r"""
Rule of thumb for index disk size vs total repo size? Planning storage for ~3 TB of git data.
""", ["zoekt", "sizing", "question"], org_tags=["self-hosted", "kubernetes", "enterprise"]),

T("sp13", "FST", "non-native", "se/p1",
"POC: indexing very slow, only 40% of repos indexed",
r"""
Hello,

In the POC instance we added around 3,000 repositories from Azure DevOps Server and GitHub. Cloning finished yesterday (all cloned), but indexing is very slow: site admin show only ~1,200 repos indexed after 30 hours. Search on the other repos give "not indexed" warning.

indexed-search has 1 replica with 4 CPU / 16Gi (default of chart). Can we add more replicas now or it need reindex from zero? Our POC evaluation with the developers start Monday and they will search everything.

Carla Duarte
""", ["zoekt", "indexing", "poc", "performance"]),

T("sp14", "one-off", "logs", "se/p2",
"searcher OOMKilled repeatedly",
r"""
Hi,

  [FIRING] container_oomkill_events_total service_name=searcher level=warning (x4 today)

$ kubectl get pods -n code | grep searcher
searcher-0   1/1   Running   19 (7m ago)   3d
searcher-1   1/1   Running   22 (2m ago)   3d

Happens when people run `index:no` / structural searches over our data-pipeline repos. Limit 6Gi. Kubernetes (Helm), 5.3.x.

Rafael Moreno, DevEx, Cartwright Shipping
""", ["searcher", "oomkill", "alert"], org_tags=["self-hosted", "kubernetes", "enterprise", "logistics"]),

T("sp15", "HGM", "email-thread", "se/p2",
"Lantern search ignores Bitbucket repos",
r"""
Search in Lantern doesn't find anything in our Bitbucket repositories unless people add a special flag. Explain.

Sarah

> From: Dmitri Volkov
> Sarah - the ~6k Bitbucket Server repos are cloned and browsable, repo pages are current. But they show as "not indexed" and search only finds them with index:no. GHE repos are indexed normally. I checked search.index.enabled and it's default. Could it be the "exclude" in the Bitbucket code host config? It excludes archived projects only.
""", ["zoekt", "not-indexed", "bitbucket"]),

T("sp16", "QHC", "non-native", "se/p2",
"mmap alert of zoekt again after Gerrit import",
r"""
Hello,

The alert memory_map_areas_percentage_used for zoekt is again firing on Atlas (81% now). Last time we raised vm.max_map_count to 262144 with the DaemonSet as you proposed, and was fine for 7 weeks. Now we imported 1,400 more repos from Gerrit (risk team) and it come back.

Is there a limit where we must add a new indexed-search replica instead of raise more the map count? Also the zoekt pods restarted two times this morning.

Merci,
Hélène
""", ["zoekt", "mmap", "alert"], recurs="sp04"),

T("sp17", "one-off", "mixed", "se/p2",
"get_index_options_error_increase alert after site config change",
r"""
## Alert
`get_index_options_error_increase` (zoekt) firing since yesterday 16:00.

## What changed
We added a `search.index.branches` entry for ~20 repos in site config around 15:50.

## Logs
```
zoekt-indexserver: error getting index options: 500 Internal Server Error: invalid branch name "refs/heads/release/*"
```

## Question
Are glob patterns not allowed there? Indexing for all repos seems paused, not just those 20.

-- Alina Petrova, Search Infra, Kestrel Payments
""", ["zoekt", "alert", "index-options", "site-config"], org_tags=["self-hosted", "kubernetes", "enterprise", "finance"]),

T("sp18", "one-off", "logs", "se/p2",
"zoekt-webserver container memory warnings on compose host",
r"""
Hi,

On our docker-compose deployment the monitoring page shows:

  WARNING zoekt: container_memory_usage  zoekt-webserver-0 99%

docker stats:
  NAME                  CPU %   MEM USAGE / LIMIT
  zoekt-webserver-0     310%    15.8GiB / 16GiB
  zoekt-indexserver-0   12%     3.1GiB / 8GiB

Search latency p90 went from 1s to 4s this month. Host has 128 GB, so we can give more. Which setting in docker-compose.yaml should we change, and is 16 GB for ~9k repos expected to be tight?

Erik Lund, Solvik Freight
""", ["zoekt", "memory", "alert", "docker-compose"], org_tags=["self-hosted", "docker-compose", "logistics"]),

T("sp19", "MPS", "email-thread", "se/p2",
"Search lags GitLab by 2+ hours",
r"""
Hi,

Commits pushed to our GitLab show up on the repo page in Sourcegraph within minutes (the commit list is current), but searching for code in those commits only works 2-3 hours later. Teams doing incident response search for config keys they just pushed and get nothing.

Examples from today (parcel-core):
 - commit 9f3e2a1 pushed 10:04, visible in repo commits 10:09, searchable 12:41
 - commit c07b5d8 pushed 11:30, visible 11:33, not searchable at 13:00

Inês Carvalho
Developer Experience, Meridian Parcel Systems

> From: Wei Zhang
> Inês, I think repo updates are fine (gitserver has the commits). It's the search index that's behind.
""", ["zoekt", "index-lag", "managed-instance"]),

T("sp20", "PRG", "template", "se/p2",
"Big generated files not searchable in pos-config-service",
r"""
**Summary**
Another team hitting the large-file issue we reported for storefront: `pellucid-retail/pos-config-service` has generated `store-matrix-*.yaml` files (1.5-3 MB) that don't appear in search results.

**Impact**
Store operations engineers can't find which config contains a store ID.

**Steps to reproduce**
1. Search `repo:pos-config-service STR-00418`
2. No results

**Expected**
Matches in store-matrix-emea.yaml

**Actual**
Nothing; file opens fine in SG.

**Environment**
Managed instance. We thought the largeFiles change from the previous ticket covered all repos?

Kenji Aoyama (filed via Marisol's template)
""", ["zoekt", "large-files", "indexing"], recurs="sp05"),
]
