from common import T

TEAM = "search-platform"

TICKETS = [
T("Every search errors out - indexed-search pods crashlooping",
"""
All queries return "Error: no indexed search backend available" or empty results. Started 25 min ago, right after nodes were rotated by our cluster autoscaler.

$ kubectl -n sourcegraph get pods -l app=indexed-search
NAME               READY   STATUS             RESTARTS   AGE
indexed-search-0   1/2     CrashLoopBackOff   7          24m
indexed-search-1   1/2     CrashLoopBackOff   7          24m

$ kubectl logs indexed-search-0 -c zoekt-webserver --tail=4
2026/12/04 13:02:11 loading 41233 shards
2026/12/04 13:02:40 panic: runtime error: slice bounds out of range [:1048576] with capacity 524288
goroutine 1 [running]:
github.com/sourcegraph/zoekt.(*indexData).readSectionBlob(...)

Grafana: "zoekt: indexed search request errors" at 100%.

Search is THE tool here (~3,000 users). Please help immediately.
""",
"se/p0", "logs", ["urgent", "outage"], ["self-hosted", "enterprise"]),

T("search only finding part of the code - we're in an active security incident",
"""
pasting our war-room chat:

[14:10] Farah (SecOps): we need every usage of `libxmlsec.parse_unsafe` across the company NOW
[14:12] Owen: code search gives 37 hits. I know for a fact the payments repos use it and they're not in the list
[14:13] Owen: if I search *inside* a payments repo with repo: filter, it finds it
[14:15] Farah: so global search is missing results?? we're making go/no-go calls based on this
[14:16] Owen: the "indexed" count on the search stats is way lower than the repo count too, like 9k of 22k
[14:18] Farah: escalate to the vendor, this is incident-critical

Instance: codesearch.northbeam.internal, 6.0.2.
""",
"se/p0", "chat-paste", ["urgent", "security"], ["self-hosted"]),

T("New commits visible in file view but not found by search for hours",
"""
**Sourcegraph version:** 5.11.4
**Platform information:** Kubernetes (EKS), 2 indexed-search replicas, ~15k repos

**Steps to reproduce:**
1. Push a commit adding a unique string to `main` of any repo
2. Open the repo in the web UI → the new commit is there within minutes
3. Search for the unique string

**Expected behavior:**
Found within ~10-15 minutes.

**Actual behavior:**
Takes 4-9 hours. The repo's settings page shows "Index: 6 hours behind".

**Additional context:**
Release managers grep for feature-flag names before cutting releases and keep getting stale results. Affects all teams, every day since ~2 weeks.
""",
"se/p1", "template", ["bug"], ["self-hosted"]),

T("alert memory map areas, search very slow",
"""
Dear support,

We have since 3 days alert "zoekt: memory map areas percentage used" above 80% on both indexed-search pod. Also the search is slow, maybe 15 second for simple word, before was under 1 second. Many colleague complain in our channel.

We read something about vm.max_map_count but we not sure if change it on node is safe. Our platform team ask which number is correct.

Thank you for help,
Giulia Ferraro
""",
"se/p1", "non-native", ["performance"], ["self-hosted"]),

T("POC: searches across all repos take 30+ seconds",
"""
## Context
Evaluation instance, ~40k repos from GitHub Enterprise, docker-compose on a 32 vCPU VM.

## Symptom
| Query | Time |
|---|---|
| `context:global TODO` | 34s |
| `repo:^gh\\.serrano\\.internal/platform/ foo` | 1.2s |
| `lang:go func main` | 28s |

Search stats show most repos as **unindexed**. The indexing progress hasn't moved in 2 days (stuck around 11k).

## Why urgent
The evaluation's success criteria literally say "global search under 5s". Checkpoint with procurement is on **Dec 9**.

Grafana screenshot: https://files.serrano.example/poc/zoekt-dash.png
""",
"se/p1", "markdown", ["poc", "performance"], ["trial"]),

T("Re: Re: Branch searches timing out (renewal blocker)",
"""
Hello,

Adding our CE on cc since this is now tied to the renewal discussion next month.

Our release teams search on release branches (`repo:foo@release/2026.11`) all day. Those searches frequently fail with "timed out", and the searcher pods show lots of errors. Default-branch searches are fine.

Anna Kovacs
Engineering Operations, Tisza Rail Systems Kft.
Legal notice: this e-mail and any attachments are confidential.

> 2026. dec. 1., kedd 09:44 időpontban Anna Kovacs írta:
> Grafana (Searcher dashboard) during the failures:
>   - "unindexed search request errors" spikes to 30%
>   - "searcher: container cpu usage" at 100% on both replicas
> We have 2 searcher replicas for ~200 engineers.
>
>> 2026. nov. 30., hétfő 16:02 időpontban Laszlo Nagy írta:
>> Anna, before we sign anything more I want the branch search problem gone. Lunch next week?
""",
"se/p1", "email-thread", ["renewal"], ["self-hosted", "enterprise"]),

T("indexed-search keeps getting killed since we added the new org",
"""
Since we connected another GitHub org (+6k repos):

* `indexed-search-1` OOMKilled 11 times in 24h (limit 16Gi)
* Grafana: "zoekt: container memory usage by instance" 98%
* while it's restarting, search results are obviously incomplete — users notice, ~1,500 of them

Someone on our side suggested just adding a third replica; someone else says it's the zoekt-indexserver part eating memory during big reindex. Which is it, and what sizes should we use?

Helm values excerpt:
  indexedSearch:
    replicaCount: 2
    resources: {limits: {memory: 16Gi, cpu: "4"}}
""",
"se/p1", "mixed", ["performance"], ["self-hosted"]),

T("searching on a branch other than main returns nothing",
"",
"se/p2", "one-liner", [], []),

T("Same query gives different result counts a minute apart",
"Counts jump between ~1,200 and ~1,900. Nothing changed in between.",
"se/p2", "one-liner", [], []),

T("get index options error alert",
"""
Warnings over the last day (Alertmanager → email):

  [FIRING:1] zoekt: 100+ index options fetch error increase  (get_index_options_error_increase)
     instance: indexed-search-0

zoekt-indexserver log:
  2026/12/03 22:14:05 error fetching index options for repos [90112 90113 ...]: Post "http://sourcegraph-frontend-internal/.internal/search/configuration": context deadline exceeded
  2026/12/03 22:14:05 error fetching index options for repos [...]: 503 Service Unavailable

Search itself works for users, just some repos seem to lag behind. We had a frontend deploy around that time.
""",
"se/p2", "logs", [], ["self-hosted"]),

T("release branches not getting indexed despite config",
"""
Copy from #sg-admins:

Tanvi  09:31  I added "search.index.branches" for the three mobile repos with release/* branches yesterday
Tanvi  09:32  repo settings page still only lists HEAD as indexed
Chris  09:35  maybe it doesn't take globs? we have "release/*"
Tanvi  09:36  search with @release/2026.12 works but slow, so it's falling back to unindexed
""",
"se/p2", "chat-paste", [], ["self-hosted"]),

T("big file not found by search",
"""
Hi,

We have some large JSON and SQL file (around 3-5 MB) and search not find text inside them. Smaller file is fine. Is there limit? Where we can change? We try setting in site config but maybe wrong name.

Not urgent but data team need it.

Regards, Bui Van Hai
""",
"se/p2", "non-native", [], []),

T("searcher CPU pegged in Grafana",
"""
### Observation
Grafana → **Searcher → Container monitoring → Container cpu usage by instance** sits at 95–100% most of the workday.

### Impact
Occasional slow searches (~10s) when people use `rev:` or search non-indexed repos. Default searches are fast.

| Replicas | CPU limit | Memory limit |
|---|---|---|
| 2 | 2 | 4Gi |

### Question
Scale out or scale up? Any rule of thumb based on repo count (~9k) and users (~600)?
""",
"se/p2", "markdown", ["performance"], ["self-hosted"]),

T("RE: index disk keeps growing",
"""
Hi Support,

Thanks for the earlier pointer, but the disk for the search index pods keeps growing ~40 GB a week and we're at 1.4 TB of 2 TB.

A few questions:
1. Does the index include forks and archived repos by default? We have thousands of forks.
2. Can we exclude `vendor/` and `third_party/` directories from the index?
3. Is there a way to see which repos take the most index space?

Thanks,
Rob Delaney
Platform Team, Glenmore Analytics

> On Nov 27, 2026, Sourcegraph Support wrote:
> > Hi Rob, the indexed-search disk size depends on the total size of your indexed repos...
>
>> On Nov 26, 2026, Rob Delaney wrote:
>> Quick one: what drives disk use on indexed-search? Also, our Cody pilot starts in Jan (separate topic).
""",
"se/p2", "email-thread", ["question"], ["self-hosted"]),

T("uneven traffic between searcher replicas",
"""
Slack:

  Nadia  15:40  grafana "searcher: replica traffic" shows replica-0 getting ~80% of requests
  Nadia  15:41  replica-1 almost idle
  Vik    15:43  is that because of the repo hashing?
  Nadia  15:44  perf is OK-ish, just seems wasteful. filing a ticket to ask
""",
"se/p2", "chat-paste", [], ["self-hosted"]),

T("sizing the search index for 20k repos",
"""
**Sourcegraph version:** 6.0.3
**Platform information:** Kubernetes

**Steps to reproduce:**
<!-- A list of steps to reproduce the bug -->

**Expected behavior:**
<!-- What did you expect to happen? -->

**Actual behavior:**
<!-- What happened instead? -->

Hi, planning question: we'll grow from 8k to ~20k repos next year. How is the index split across indexed-search replicas, and is there a formula for memory/disk per GB of source? We want to plan the node pool.
""",
"se/p3", "template", ["question"], ["self-hosted"]),

T("What do 'indexed' and 'unindexed' mean in search stats?",
"",
"se/p3", "one-liner", [], []),

T("how often is the search index refreshed",
"""
[16:22] mo: how often does code search rebuild its index for a repo?
[16:22] mo: like if I push now, when will it find it
[16:24] cam: dunno, it feels like ~10 min usually
[16:24] mo: ok I'll ask, just curious for docs in our wiki
""",
"se/p3", "chat-paste", ["question"], []),

T("Exclude generated code from the index",
"""
# Question

We have `gen/` directories with protobuf output in most repos. They:

- bloat results
- (probably) bloat the index

**Is there a server-side way** to keep them out of the index entirely, rather than every user adding `-file:gen/` to queries?

| Approach we know | Downside |
|---|---|
| `-file:` filter | per-query |
| `.gitattributes`? | not sure it's honoured |
""",
"se/p3", "markdown", ["question"], []),

T("alert average resolve revision duration, what is meaning",
"""
Hi,

Sometime we see warning "zoekt: average resolve revision duration" above 15 second, for 5-10 minute, then it is ok. Users not report anything. What is meaning of this alert and should we do something? Just want understand.

Thanks
Rahul
""",
"se/p3", "non-native", ["question"], ["self-hosted"]),
]
