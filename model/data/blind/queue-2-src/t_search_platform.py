from common import T

TEAM = "search-platform"
QS, PEM, HAL, TS, BM, FH, EAST, CDSA, ARV = ("Quillstone Software", "Pemberton Systems", "Halvard Games",
    "Tessellate Labs", "Brightmarsh Interactive", "Fernhollow Software", "University of Eastmoor",
    "Commonwealth Digital Services Agency", "Arvenian Statistics Office")

TICKETS = [
T("P01", TEAM, PEM, "se/p2", "logs",
  "zoekt memory_map_areas_percentage_used alert on indexed-search-1",
  """
[FIRING:1] memory_map_areas_percentage_used (zoekt warning)
  instance = indexed-search-1
  description = zoekt: 60%+ process memory map areas percentage used

Only indexed-search-1 of our 3 replicas. It holds the shards for atlas-mono and a bunch of the biggest GHES repos.

$ kubectl -n devtools exec indexed-search-1 -c zoekt-webserver -- sh -c 'cat /proc/sys/vm/max_map_count; wc -l /proc/1/maps'
65530
40211

Nodes are EKS AL2 with default vm.max_map_count. Is raising it via a DaemonSet/initContainer the recommended fix, and to what value? Or should we rebalance shards?

Dana
""", tags=["zoekt", "indexed-search", "alert", "mmap"]),

T("P02", TEAM, PEM, "se/p2", "logs",
  "mmap alert back on zoekt after adding the Bitbucket Cloud repos",
  """
We set vm.max_map_count=262144 on the zoekt nodes after the previous ticket and the alert went away. This week we connected the Bitbucket Cloud workspace from the acquisition (~2,600 repos) and it's back, now on two replicas:

  memory_map_areas_percentage_used  indexed-search-0  71%
  memory_map_areas_percentage_used  indexed-search-2  64%

wc -l /proc/1/maps on indexed-search-0 -> 187k

Should we add more zoekt replicas rather than keep raising the limit? What's the rule of thumb for shards per replica?

Dana
""", tags=["zoekt", "indexed-search", "alert", "mmap", "scaling"], recurs="P01"),

T("P03", TEAM, HAL, "se/p2", "mixed",
  "Search results on frostline/main are days old",
  """
Search on perforce/frostline/main returns code that was deleted last week. File view (which goes through gitserver) shows the current version, so the repo itself is synced - it's the search side that's behind.

Site admin > Repositories > perforce/frostline/main > Indexing:
  Last indexed: 6 days ago, commit 3ac01e...
  Status: "indexing in progress" (since 6 days)

zoekt-indexserver log (indexed-search-0):
  2023/10/19 08:01:44 error indexing perforce/frostline/main@HEAD: exit status 137
  2023/10/19 08:01:44 backoff: perforce/frostline/main retry in 1h

Repo is ~38 GB working tree, mostly source + some big data tables. indexed-search pods have 16Gi.

Mikael
""", tags=["zoekt", "indexing", "stale-results", "monorepo"]),

T("P04", TEAM, HAL, "se/p2", "chat-paste",
  "search stale again on frostline main",
  """
from our #sg-admins channel:

jun.park: search on frostline/main is behind again, last indexed 3 days ago
jun.park: it's the same exit 137 loop as in october. we raised indexed-search to 24Gi back then and it was fine until the rel-5.4 branch got added to search.index.branches
jun.park: so now it indexes main + rel-5.4 and each is ~38G
mikael.strand: we probably need a better answer than "more ram" each time a branch is added
jun.park: opening a ticket
""", tags=["zoekt", "indexing", "stale-results", "branches"], recurs="P03"),

T("P05", TEAM, QS, "se/p3", "template",
  "How to index release branches on QS Search",
  """
**Summary**
Searches with `rev:release/2023.11` on our repos work but are slow and show "unindexed search" warning. We'd like the release branches indexed.

**Steps to reproduce**
1. Search `repo:quillstone-eng/billing-core rev:release/2023.11 TaxRule`

**Expected**
Fast indexed search.

**Actual**
~8s, banner about unindexed results.

**Env**
Managed instance.

**Question**
What's the right setting to index `release/*` branches for ~50 repos, and what's the cost (index size / memory) so we know if we need to talk about sizing?

Tom
""", tags=["indexed-search", "branches", "how-to"]),

T("P06", TEAM, EAST, "se/p2", "logs",
  "zoekt-indexserver keeps getting OOM killed on the compose VM",
  """
Hi,

On CodeFind (docker-compose, 5.1.6, 32 GB VM) the zoekt-indexserver container restarts every few minutes. Grafana shows zoekt container_oomkill_events_total increasing.

$ docker inspect zoekt-indexserver-0 --format '{{.State.OOMKilled}} {{.RestartCount}}'
true 214

$ docker logs --tail 5 zoekt-indexserver-0
2023/11/08 10:22:17 indexing git.cs.eastmoor.internal/bio-lab/genome-pipelines@HEAD
2023/11/08 10:22:58 finished git.cs.eastmoor.internal/astro/sim-outputs: 0 shards
signal: killed

The astro group pushed a repo with large simulation output text files last week. Searches still work but new commits aren't searchable.

Ravi
""", tags=["zoekt", "oomkill", "docker-compose", "alert"]),

T("P07", TEAM, CDSA, "se/p2", "template",
  "unindexed_search_request_errors alert from searcher",
  """
SUMMARY:
searcher: unindexed_search_request_errors firing (warning), users report "searcher: file too large" and timeouts for rev: searches.

ENVIRONMENT:
- Air-gapped Kubernetes, cdsa-sg 5.1.8
- searcher: 2 replicas, default resources

STEPS TO REPRODUCE:
1. Search `repo:gitlab.cdsa.internal/benefits/claims-core rev:hotfix/fy24-q1 EligibilityRule`
2. Observe error in results

EXPECTED RESULT:
Results for the non-default branch.

ACTUAL RESULT:
"Error: searcher: failed to fetch archive: context deadline exceeded" for some repos. Alert: unindexed_search_request_errors 12%+ over 5m.

IMPACT:
Hotfix branch searches unusable for claims team. Default-branch search unaffected.

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield
""", tags=["searcher", "unindexed-search", "alert"]),

T("P08", TEAM, ARV, "se/p2", "non-native",
  "Regexp search very slow and replica_traffic alert",
  """
Hello,

Our analysts use many regexp searches like `/SELECT\\s+.*FROM\\s+census_\\w+/` over all repositories. They take 40-60 seconds or timeout. At same time Grafana shows alert from searcher:

  searcher: replica_traffic  - 6+ requests per second per replica

We have 1 searcher replica. Should we add more replicas or is it better that analysts search in other way? Version 5.2.1.

Thank you,
Tomasz
""", tags=["searcher", "regexp", "performance", "alert"]),

T("P09", TEAM, "one-off", "se/p2", "logs",
  "indexed_search_request_errors alert + partial results",
  """
Alert from our Alertmanager (self-hosted 5.2.5, helm):

  alertname: indexed_search_request_errors
  service_name: zoekt
  level: warning
  summary: zoekt: 5%+ indexed search request errors every 5m by code

Correlates with users seeing "Some repositories could not be searched" on large queries.

zoekt-webserver logs (indexed-search-2):
  2023/12/01 14:12:09 search error: rpc error: code = ResourceExhausted desc = grpc: received message larger than max (5124880 vs. 4194304)

Looks like a gRPC message size limit? Is there a knob for that?

— Hamid Rahimi, Sable & Finch Software
""", tags=["zoekt", "grpc", "alert", "partial-results"], org_tags=["self-hosted", "enterprise"]),

T("P10", TEAM, BM, "se/p2", "non-native",
  "Japanese text not found by search",
  """
Hello,

Our game text tables and code comments have a lot of Japanese. When I search a Japanese word like `灯籠` the search return nothing, but I can see the word in the file by opening it. If I search with regexp `/灯籠/` it finds it, but slow. English words work normal.

Example: github.com/brightmarsh/lanternfall-text, file `loc/ja/quests.csv`.

Is this problem of indexed search with CJK characters?

Kenji Watanabe
""", tags=["zoekt", "cjk", "unicode", "indexed-search"]),

T("P11", TEAM, TS, "se/p1", "markdown",
  "POC: indexing of 8k repos far slower than expected",
  """
### Context
Repos are syncing fine now on `tessellate-poc.managed.example` (~8,200 repos). Indexed search coverage after 3 days: **31%**. Most searches show "some results are from unindexed repos" and are slow.

### Ask
- What indexing throughput should we expect for this size?
- Can you prioritize our top ~500 repos (list attached) so the eval group has fast search on what they actually use?

### Deadline
POC scoring session is in 6 days.

— Jo Lindqvist
""", tags=["poc", "zoekt", "indexing", "throughput"]),

T("P12", TEAM, FH, "se/p3", "chat-paste",
  "big generated files not searchable",
  """
sam.ortiz: q: search on code.fernhollow.example can't find anything inside our generated GraphQL schema file (`schema.generated.graphql`, ~2.4MB)
sam.ortiz: I assume there's a size cutoff for indexing? can we raise it or whitelist just that file pattern?
nadia.brooks: also *.lock files would be nice to exclude entirely if we're touching that config
""", tags=["large-files", "indexed-search", "configuration"]),

T("P13", TEAM, "one-off", "se/p2", "logs",
  "get_index_options_error_increase alert on zoekt",
  """
Since upgrading to 5.2.4 we get:

  [FIRING:1] get_index_options_error_increase (zoekt critical)
  description: zoekt: 100+ errors fetching index options for repositories

zoekt-indexserver:
  2023/11/22 03:14:55 error fetching index options: Post "http://sourcegraph-frontend-internal/.internal/search/configuration": context deadline exceeded

frontend-internal is up, curl from the zoekt pod to that URL returns 200 in ~20s (!). ~22k repos.

Petr Novák, Kryštof Interactive (helm, EKS)
""", tags=["zoekt", "alert", "index-options", "upgrade"], org_tags=["self-hosted", "enterprise", "game-studio"]),

T("P14", TEAM, HAL, "se/p2", "email-thread",
  "Search is missing files",
  """
My team searched for a string in the Frostline data tables and SG says no results. The file is right there. If search can't find things in our own depot what are we paying for?

Odile

> From: Priyanka Nair (Tools)
> Odile, the file is DataTables/ItemBalance.csv, it's about 3 MB. I can open it in SG but search doesn't hit anything inside it.
""", tags=["large-files", "indexed-search", "escalation"], recurs="P12"),

T("P15", TEAM, "one-off", "se/p3", "email-thread",
  "Zoekt index storage on NFS?",
  """
Hello,

For our upcoming deployment (Kubernetes, ~6k repos) our storage team would prefer to put the indexed-search volumes on our NetApp NFS share rather than local SSDs. Is NFS supported for zoekt shards, and what performance impact should we expect?

Regards,
Kwame Asante
Research IT Infrastructure, Calloway Institute of Technology

> From: Storage Team
> Kwame, we can give you 4 TB on the NetApp by next week. Local SSD would need a hardware request (8-10 weeks).
""", tags=["zoekt", "storage", "nfs", "question"], org_tags=["self-hosted", "enterprise", "education"]),

T("P16", TEAM, PEM, "se/p2", "logs",
  "average_resolve_revision_duration alert (zoekt)",
  """
New one for us:

[FIRING:1] average_resolve_revision_duration (zoekt warning)
  description: zoekt: 15s+ average resolve revision duration over 5m

Started after the Bitbucket Cloud workspace was added. zoekt-indexserver logs are full of:
  resolving HEAD for bitbucket.org/pemberton-acq/...: rpc error: code = DeadlineExceeded

gitserver looks fine from the Lighthouse UI. Is this zoekt asking gitserver, and is it slow because of the extra 2.6k repos?

Dana
""", tags=["zoekt", "alert", "resolve-revision", "gitserver"]),

T("P17", TEAM, CDSA, "se/p2", "logs",
  "searcher errors back after tmp size restriction",
  """
Re-raising the searcher errors issue. After the previous fix (more searcher memory) it was quiet. Our security baseline rollout last week set an `emptyDir.sizeLimit: 2Gi` on all pods, and now:

  searcher: unindexed_search_request_errors  18%

kubectl -n sourcegraph-prod get events | grep searcher
  Warning  Evicted  pod/searcher-1  Pod ephemeral local storage usage exceeds the total limit of containers 2Gi.

searcher log:
  {"SeverityText":"ERROR","Body":"failed to fetch archive","Attributes":{"repo":"gitlab.cdsa.internal/benefits/claims-core","error":"write /mnt/cache/searcher/...: no space left on device"}}

What's the minimum cache size for searcher, and can it use a PVC instead of emptyDir?

Marcus Tran
""", tags=["searcher", "alert", "storage", "air-gapped"], recurs="P07"),

T("P18", TEAM, "one-off", "se/p1", "logs",
  "zoekt-webserver crashloop - all searches unindexed",
  """
Since this morning every search is slow and shows the "unindexed" banner. indexed-search pods:

NAME                READY   STATUS             RESTARTS
indexed-search-0    1/2     CrashLoopBackOff   37
indexed-search-1    1/2     CrashLoopBackOff   35

zoekt-webserver:
  2023/10/30 07:55:12 loading shard /data/index/github.com%2Fnorthgale%2Fsim-core_v16.00000.zoekt: unexpected EOF
  panic: runtime error: index out of range [3] with length 3

Our storage had a hiccup overnight (node reboot mid-write maybe). Can we just delete the bad shard(s)? Searches still technically work but take 30s+, basically unusable for 300 devs.

Yara Castellanos, Northgale Studios (self-hosted helm 5.2.3)
""", tags=["zoekt", "crashloop", "shards", "outage"], org_tags=["self-hosted", "enterprise", "game-studio"]),

T("P19", TEAM, EAST, "se/p2", "chat-paste",
  "zoekt OOM again (semester import)",
  """
<ravi_k> zoekt indexserver is oom looping again on codefind
<ravi_k> after last time we added the astro sim-outputs repo to the exclude list and bumped the container mem, fine since
<ravi_k> but start of semester: teaching group imported ~900 student repos for the intro course and now its dying again
<ravi_k> docker stats: zoekt-indexserver-0 at 11.8GiB / 12GiB
<h.achterberg> do we need a bigger VM? budget cycle closes in Jan so I need a number soon
""", tags=["zoekt", "oomkill", "docker-compose", "sizing"], recurs="P06"),

T("P20", TEAM, "one-off", "se/p3", "non-native",
  "How to reindex one repository",
  """
Hello,

One repository in our instance shows old search results, but other repositories are OK. Is there a way to make index again only for this one repository, without restart everything? I am administrator of the instance.

Best regards,
Jelena Marković
Republic Geodetic Authority, IT sector
""", tags=["zoekt", "reindex", "how-to"], org_tags=["self-hosted", "public-sector"]),
]
