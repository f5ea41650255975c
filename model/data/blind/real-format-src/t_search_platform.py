TEAM = "search-platform"
T = []
def t(form, prio, subject, desc, tags=(), org=()):
    T.append(dict(team=TEAM, form=form, priority=prio, subject=subject, description=desc, tags=list(tags), org_tags=list(org)))

# ---------------- template ----------------
t("template", "se/p1", "New commits not findable for ~2 days",
"""Sourcegraph version: 5.6.0
Platform information: Kubernetes, 3x indexed-search replicas

Steps to reproduce:
1. Push a commit with a unique string to any repo
2. Search for the string on Sourcegraph

Expected behavior:
Found within minutes

Actual behavior:
Not found for 1-2 days. If I add `index:no` it IS found (slowly). File view of the repo shows the new commit, so the repo itself is up to date.

Additional context
Affects all ~14k repos. Devs are losing trust in results ("if Sourcegraph says no usages, there are usages"). We have a big API deprecation going on and teams use search to find callers.""",
[], ["self-hosted"])

t("template", "se/p2", "Large repos show 'not indexed'",
"""Sourcegraph version: <!-- What version of Sourcegraph are you using? --> 5.5.2463
Platform information: docker-compose

Steps to reproduce:
1. search `repo:^github\\.nimbus\\.example/retail/monolith$ OrderService`
2. look at the little info next to the repo in results

Expected behavior:
Indexed, fast

Actual behavior:
"This repository is not indexed yet, results may be incomplete / slow". The repo is ~9GB with a lot of vendored code. Smaller repos fine. Results do come back through the slow path after 20s.

Additional context
Is there a size limit we're hitting? Can it be raised?""",
[], ["self-hosted"])

t("template", "se/p3", "memory sizing for indexed search at 40k repos",
"""Sourcegraph version: 6.0
Platform information: k8s

Steps to reproduce:
-

Expected behavior:
-

Actual behavior:
-

Additional context
We'll grow from 12k to ~40k repos this year (mostly small microservices, a few big ones). How should we size the indexed search pods (memory, disk, number of replicas)? Is there a rule of thumb, e.g. memory vs total index size on disk? Planning question, no rush.""",
["question"], ["self-hosted"])

# ---------------- logs ----------------
t("logs", "se/p0", "all searches fail - indexed search OOMKilled",
"""Every search returns an error for every user since about an hour:

  "error: indexed search unavailable: rpc error: code = Unavailable"

$ kubectl get pods -l app=indexed-search
NAME                READY   STATUS             RESTARTS   AGE
indexed-search-0    1/2     CrashLoopBackOff   23         2d
indexed-search-1    1/2     CrashLoopBackOff   22         2d

$ kubectl logs indexed-search-0 -c zoekt-webserver --previous | tail -3
loading shards from /data/index: 38211 shards
fatal error: runtime: out of memory
goroutine 1 [running]:

Limits are 32Gi per pod, was fine until this morning. We added ~3k repos from a new GitLab group yesterday. Company of 2,000 devs can't search at all.""",
["outage"], ["self-hosted"])

t("logs", "se/p1", "memory map areas alert on zoekt going critical",
"""Alert escalated from warning to critical overnight:

[FIRING] critical_zoekt_memory_map_areas_percentage_used
  zoekt: 90%+ process memory map areas percentage used (instance indexed-search-2)
  dashboard: Zoekt > Memory mapping

Earlier:
[FIRING] warning_zoekt_memory_map_areas_percentage_used 60%+

indexed-search-2 restarted twice. Searches that hit that shard set sometimes error or come back partial. vm.max_map_count on the nodes is default 65530. Self-hosted k8s. What should we set it to and is there something else going on?""",
["alert"], ["self-hosted"])

t("logs", "se/p2", "searcher request errors alert",
"""Getting this from the built-in alerting a few times a day:

  warning: searcher: 5%+ unindexed search request errors every 5m by code
  (unindexed_search_request_errors)

searcher logs around the same time:
  {"Body":"search failed","Attributes":{"repo":"gitlab.ardent.example/fw/motor-ctl","commit":"...","error":"fetching archive: context deadline exceeded"}}

Mostly queries with `rev:` pointing at old tags or `index:no`. Normal searches fine.""",
["alert"], ["self-hosted"])

# ---------------- one-liner ----------------
t("one-liner", "se/p0", "search returns nothing for everyone",
"since 9am. every query, every repo. UI works.", ["outage"], [])

t("one-liner", "se/p2", "search super slow", "like 30s+", [], [])

t("one-liner", "se/p3", "shard merging - should we enable?", "", ["question"], [])

# ---------------- email-thread ----------------
t("email-thread", "se/p1", "Re: Scaling to 80k repositories",
"""Hi support,

Adding you to the thread with our infra team; we need guidance this week because the rollout to the remaining business units starts on Monday.

Thanks,
Noor

> On Mon, 3 Mar 2025 at 10:40, Viktor Hallström wrote:
> Noor, status: all 80k repos are cloned and gitserver looks fine (repo-updater says everything's synced). The problem is indexing: the indexed-search indexserver has been at it for 9 days and is only at ~46k repos. Each indexserver pod sits at 100% CPU. Search results for the unindexed repos come back through the slow path and time out half the time.
>
> We have 4 replicas, 16 CPU / 64Gi each. Should we add replicas, bump CPU, or change indexing settings? Happy to throw hardware at it if it helps.
>
> > On Fri, 28 Feb 2025, Noor Haddad wrote:
> > Viktor, how's the import going? Business units 3-7 go live on the 10th.

Noor Haddad | Developer Platform | Tamarind Telecom
This email and its attachments may be confidential.""",
["scaling"], ["self-hosted"])

t("email-thread", "se/p0", "FW: Search completely broken after disk incident",
"""Hello,

See below. We're now past 5 hours of no search at all for the whole company.

Regards,
Chen Wei

---------- Forwarded message ---------
From: Oskar Lindgren
Date: Tue, 15 Apr 2025 at 13:05

> Chen, summary for the vendor:
> - the index volume on the indexed-search pods filled up to 100% last night
> - we expanded the PVC to 2TB, pods came back
> - since then every search returns "error: 500 - failed to load shard: corrupt shard: checksum mismatch" and the UI shows no results
> - logs: `zoekt-webserver: skipping shard gitlab.pinecrest.example%2Fplatform%2Fapi_v16.00000.zoekt: corrupt` repeated for thousands of shards
>
> Can we just delete the index and let it rebuild? How long would that take for 22k repos, and will search work in the meantime?
>
> > From: Chen Wei, 08:10
> > Oskar, why is search down?

Chen Wei | Head of Platform | Pinecrest Media""",
["outage", "escalated"], ["self-hosted"])

t("email-thread", "se/p2", "RE: regex searches timing out",
"""Hi,

Please see below - we'd appreciate some guidance.

Best
Annika

> From: Felix Hahn
> Sent: Wednesday, 19 March 2025 14:33
> Annika, queries like `/(?i)password\\s*=\\s*["'][^"']{8,}/` across all repos time out after 60s with "context deadline exceeded". The same without the regex (literal `password =`) takes 2s. Our security team runs these weekly. Is there a way to make such regex queries faster, or raise the timeout for them?
>
> > From: Annika Vogel
> > Felix, is this new? I thought these used to work.

Annika Vogel | AppSec | Ferrous Steelworks""",
["email"], [])

# ---------------- non-native ----------------
t("non-native", "se/p2", "search result not complete",
"""Hello, when I search a word, some files which contain this word is not in result. I open the file and the word is there, in the main branch. Other files in same repo are found. It happen with maybe 5% of files. Is problem with indexing? version 5.4.""",
[], [])

t("non-native", "se/p1", "indexing very slow after add 10000 repo",
"""Hi, we add 10000 new repository last week. From then the new code not found in search, it need many days. All developer complain that search result is old. The servers for index use full CPU all time. Please help how we can make faster, it is big problem for us.""",
[], ["self-hosted"])

t("non-native", "se/p3", "difference indexed and unindexed search",
"""Hi, what is the difference between indexed search and not indexed search? When sourcegraph use which one? our admin say something about "zoekt" and "searcher" but I not understand. Thank you.""",
["question"], [])

# ---------------- markdown ----------------
t("markdown", "se/p2", "Public code search missing recent commits for big OSS repo",
"""## What
On sourcegraph.com public search, results for `repo:^github\\.com/kubernetes/kubernetes$` seem ~2 weeks behind.

## Repro
- Search for a function added in a commit merged on the 3rd: no results
- Open the repo page: the new commit **is** visible in the commit list
- `index:no` finds it (slowly)

## Why I care
We maintain a tooling project that links to sourcegraph.com searches in our contributor docs.

Screenshot: https://imgur.com/a/pQ8wYtR""",
[], [])

t("markdown", "se/p2", "get_index_options_error_increase alert",
"""### Alert
```
warning: zoekt: 100+ index options request errors every 5m (get_index_options_error_increase)
```
Firing on and off for a week.

### Logs (indexserver)
```
failed to get index options: Post "http://sourcegraph-frontend-internal/.internal/search/configuration": context deadline exceeded
```

### Notes
- Indexing still progresses, just slower
- Frontend-internal looks healthy otherwise
- 5.6.0, Helm""",
["alert"], ["self-hosted"])

t("markdown", "se/p3", "Keep huge generated files out of the index?",
"""Hi,

We have some repos with large generated files (protobuf outputs, minified JS, test fixtures). Questions:

- Are files above some size skipped from indexing by default? What's the limit?
- Can we **add** certain paths (e.g. `**/*.pb.go`) so they ARE searchable even though they're big?
- Or the opposite: exclude `dist/**` entirely?

Example of what we'd try in site config:
```json
"search.largeFiles": ["**/*.pb.go"]
```

Thanks, no rush!""",
["question"], [])

# ---------------- chat-paste ----------------
t("chat-paste", "se/p1", "searcher traffic alert + slow searches for everyone",
"""copy from #sourcegraph-ops:

[13:10] grafana-bot: [FIRING] searcher: 5+ requests per second per replica over 10m (replica_traffic) WARNING
[13:12] hye-jin: users are saying non-indexed searches (rev:, older branches) take minutes
[13:15] bruno: searcher has 2 replicas, both pinned at CPU limit
[13:16] hye-jin: also normal searches slow-ish. whole eng org noticing, support tickets piling up internally
[13:18] bruno: can we just scale searcher? what's the recommended ratio?""",
["alert"], ["self-hosted"])

t("chat-paste", "se/p2", "average resolve revision duration alert",
"""from our alert channel (Slack):

:rotating_light: zoekt: 15s+ average resolve revision duration over 5m — indexed-search-1
(average_resolve_revision_duration)

sid: any idea what this one means? first time we see it
mara: started after we turned on indexing for multiple branches per repo I think
sid: search still works for users afaict""",
["alert"], ["self-hosted"])

t("chat-paste", "se/p3", "how many zoekt replicas?",
"""Teams paste:
Jonas: is there a formula for how many indexed-search replicas we need? we're at 2 for 6k repos
Elif: no idea, ask sourcegraph
Jonas: k, not urgent""",
["question"], [])

# ---------------- mixed ----------------
t("mixed", "se/p1", "indexed search errors + incomplete results for many users",
"""Sourcegraph version: 6.0.2
Platform information: Helm on EKS

Our Grafana:
```
critical: zoekt: 5%+ indexed search request errors every 5m by code  (indexed_search_request_errors)
```
indexed-search-3 logs:
```
{"Body":"search failed","Attributes":{"error":"rpc error: code = ResourceExhausted desc = grpc: received message larger than max (8389214 vs. 4194304)"}}
```

From our internal Slack:
> **amelia**: searches with `count:all` basically always show "some results are missing"
> **dev**: and the API clients (our code owners bot) get errors

Affects a lot of people, especially tooling built on the API.""",
["alert"], ["self-hosted"])

t("mixed", "se/p2", "Non-default branches not indexed despite config",
"""We want `release/*` branches searchable fast. Added to site config:

```json
"experimentalFeatures": {
  "search.index.branches": {
    "github.lumenvale.example/payments/core": ["release/2025.04", "release/2025.05"]
  }
}
```

Search with `rev:release/2025.05` still goes through the slow unindexed path (20–40s). Teammate:
> did it need an indexserver restart?

Restarted it, no change. 5.6.0.""",
[], ["self-hosted"])

t("mixed", "se/p2", "Searches 5x slower since 6.0",
"""Sourcegraph version: 6.0.1 (from 5.6.0)
Platform information: docker-compose on a 32 core VM

After the upgrade, typical searches went from ~1s to 5–6s. The rest of the UI is as fast as before.

Quick test with src-cli:
```
$ time src search -stream 'repo:^github\\.corvid\\.example/ func NewClient'
real    0m6.212s   (was ~1.1s before)
```

From our dev chat:
> **nils**: search feels sluggish since the weekend
> **ola**: yeah, usable but slow

Nothing else changed on the VM. CPU/memory normal.""",
["performance"], ["self-hosted"])
