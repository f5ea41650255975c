from common import T

TEAM = "search-platform"

TICKETS = [
T("search returns nothing for monorepo since Tuesday", "p1", "email_thread", r"""
Hello,

Since Tuesday searching anything in our main monorepo (`git.orchard.example/core/orchard`) returns
zero results. Every other repository searches fine. When I open files in the monorepo in the browser
they are there and show Friday's commits, so the code is clearly in Sourcegraph.

It's our biggest repo (about 38 GB checkout, ~1.1M files) and 70% of our developers work in it, so
effectively search is useless for most of the company. Adding `index:no` makes it work but takes
~90 seconds and usually times out.

We did not change anything on Monday/Tuesday as far as I know. Version 5.6.2140 on EKS.

Thanks,
Wolfgang Ebner
Developer Tools, Orchard Robotics

> From: Wolfgang Ebner
> Sent: Thursday
> Following up — still broken this morning. Can someone look today?
"""),

T("indexed-search pods keep getting OOMKilled", "p1", "log_paste", r"""
Our indexed-search statefulset is restarting every 10-15 minutes since we added ~3000 repos from a new
GitLab group yesterday. During restarts people get partial results.

$ kubectl -n sourcegraph get pods -l app=indexed-search
NAME               READY   STATUS             RESTARTS        AGE
indexed-search-0   1/2     CrashLoopBackOff   14 (2m11s ago)  19h
indexed-search-1   2/2     Running            11 (8m40s ago)  19h

$ kubectl -n sourcegraph describe pod indexed-search-0 | grep -A5 "Last State"
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Mon, 01 Dec 2025 08:02:13 +0000
      Finished:     Mon, 01 Dec 2025 08:13:49 +0000

Container zoekt-webserver: limits memory 16Gi, requests 12Gi. Node has 64Gi.
Should we just raise the limit? By how much? Any rule of thumb per repo / per GB of index?

5.5.2463, Helm chart default values otherwise.
"""),

T("[Alertmanager] CRITICAL zoekt: indexed_search_request_errors", "p1", "alert_payload", r"""
Alert: indexed_search_request_errors
Severity: critical
Service: zoekt
Environment: sg-prod (on-prem, k8s cluster "kube-dc2")
Summary: zoekt: 5%+ indexed search request errors every 5m by code for 25m0s
Value: 37.4%
Labels: code="500" job="zoekt-webserver" instance="indexed-search-2.indexed-search:6070"
Started: 2025-12-01 06:55:02 UTC
Runbook: https://docs.sourcegraph.com/admin/observability/alert_solutions

[auto-created by MonitorHub → Zendesk integration]

Customer comment added 07:31 UTC: "Only replica 2 of 3 seems to error. Users see 'some results may be
missing'. We have a release freeze review at 10:00 and people are searching for usages to sign off."
"""),

T("Search shows old code, file view shows new code", "p2", "markdown_report", r"""
# Search results are stale for some repos

**Customer:** Juniper Analytics  **Version:** 5.6.185  **Deploy:** k8s / Helm

## What we see
- Open `payments-gateway` in Sourcegraph → file browser shows HEAD `a41c9e2` from this morning. ✅
- Search for a function that was added in that commit (`func settleBatchV2`) → 0 results ❌
- Search for the old name that was removed 3 days ago (`func settleBatch(`) → still found ❌

## Scope
About 40 of our ~2,000 repos. All of them are on the `main` branch, large-ish (500MB+).

## Already checked
- Repo status page says "Cloned, last fetched 6 minutes ago"
- Indexing status in the repo settings says last indexed 3 days ago, with a small red icon that just says "failed"

## Impact
Developers can't trust search for refactors. Workaround is `index:no` which is slow.
"""),

T("searching non-default branches times out", "p2", "log_paste", r"""
Searches with `rev:` on release branches take 60s and end in timeout. Same query on the default branch
is instant. Found this in searcher logs:

{"SeverityText":"ERROR","Timestamp":1764578411000000000,"InstrumentationScope":"searcher","Body":"search failed","Attributes":{"repo":"bitbucket.stoneleaf.example/ERP/core-ledger","commit":"7f0e51d...","err":"context deadline exceeded","fetchTimeout":"500ms","zipSize":"2.3GB"}}
{"SeverityText":"WARN","Timestamp":1764578412000000000,"InstrumentationScope":"searcher.store","Body":"fetching archive took too long","Attributes":{"repo":"bitbucket.stoneleaf.example/ERP/core-ledger","duration":"61.2s"}}

searcher has 2 replicas, 4 CPU / 8Gi each, 100Gi ephemeral disk. v5.4.7765 on OpenShift.
Is there a way to cache more or pre-warm for release branches? Our support engineers search the
release branches all day when investigating customer bugs.
"""),

T("検索が非常に遅い / indexed-search の再起動", "p2", "non_english", r"""
お世話になっております。

先週から、Sourcegraph のコード検索が非常に遅くなっています。通常 1 秒以内で返ってくる検索が、
10〜20 秒かかるようになりました。indexed-search の Pod が 1 日に数回再起動しているようです。

環境:
- Sourcegraph 5.5.2463 (Kubernetes, オンプレ)
- リポジトリ数: 約 6,500
- indexed-search: replicas 2, memory limit 24Gi

Grafana の Zoekt ダッシュボードで memory map areas の値が 90% 近くになっています。
設定の見直しが必要でしょうか？ 急ぎではありませんが、ご確認をお願いいたします。

山本 健
株式会社ハヤセ情報システム 開発基盤グループ
"""),

T("disk sizing for indexed search", "p3", "one_liner", r"""
Roughly how much disk should we plan for the search index for ~12k repos (about 4 TB on gitserver)? Planning next year's hardware.
""", note="Capacity planning for indexed search spans Search, Source and Release per the handbook; sent to search-platform because the question is specifically about zoekt index size."),

T("regex search misses matches in big generated files", "p3", "chat_paste", r"""
Nadia R  2:14 PM
  is there a file size limit for search? i'm searching for a string i KNOW is in our generated protobuf file
  (api_pb2.py, about 3.5MB) and get nothing
Nadia R  2:15 PM
  smaller files in the same folder match fine
Support  2:20 PM
  Hi Nadia, which version are you on and is it a single repo or many?
Nadia R  2:21 PM
  5.6, one repo. it's ok if it's a setting, just want to know how to include those files
"""),

T("gitserver down? search errors everywhere", "p2", "misleading_subject", r"""
Hi,

I think gitserver is broken. Since this morning new commits don't show up in search for ANY repo.
Browsing repos works and shows the new commits fine.

Our admin found this repeating in the indexed-search logs:

  level=error msg="failed to get index options" repos=250 err="Post \"http://sourcegraph-frontend-internal/.internal/search/configuration\": dial tcp 10.42.7.19:80: i/o timeout"
  level=error msg="failed to get index options" repos=250 err="...: i/o timeout"

The Grafana panel "get_index_options_error_increase" is bright red. gitserver pods look healthy to us
(no restarts, CPU normal). We applied a new NetworkPolicy for the namespace on Friday, if that helps.

Isak Nordqvist, Fjellvik Data
"""),

T("Same query gives different result counts each time", "p2", "web_form", r"""
**Name:** Chiara Benedetti
**Company:** Lumen Tessile
**Sourcegraph version:** 5.5.2463
**Deployment type:** Kubernetes
**Describe the problem:** Running `TODO(perf) count:all` repeatedly gives 1,842 / 1,310 / 1,842 / 1,307 results. It flips between two numbers.
**Steps to reproduce:** run the query, refresh 5 times
**Expected:** same number every time
**Actual:** two different numbers
**Screenshots / logs:** (attached 2 screenshots — not included in the form)
**How many users are affected:**
**Business impact:** we use these numbers for cleanup targets
"""),

T("zoekt memory map areas warning", "p2", "alert_payload", r"""
[WARNING] memory_map_areas_percentage_used
service: zoekt
host: indexed-search-1 (cluster: sg-onprem-ams)
message: zoekt: 60%+ process memory map areas percentage used
current value: 71.3
first seen: 2025-11-29 23:10 UTC
labels: {level="warning", instance="indexed-search-1:6070", job="zoekt-webserver"}
--
(auto-generated by Nocturne Alert Router for customer Boschveld Logistics)
Customer note: this went from 40 to 71 after we added the Azure DevOps repos last week. No user impact yet. What should vm.max_map_count be?
"""),

T("searcher use 100% cpu", "p2", "non_native_english", r"""
Hello,

when some people search in branch that is not indexed (with rev:feature/xyz) the searcher pods go to
100% cpu and stay there 5-10 minutes. In this time also other unindexed searchs are very slow or
timeout for everybody. We have 3 searcher with 2 cpu each.

Is possible to limit how much one search can use? Or we need more searcher replicas? We dont want
forbid people to search branches.

Version 5.6.2140, docker compose on one big VM (32 cpu, 128 GB).

Thank you,
Andrzej Kowalczyk
"""),

T("index disk full + who do we talk to about adding seats", "p1", "mixed_problems", r"""
Hi,

1) Main issue: the indexed-search volume on our docker-compose host is at 100%. zoekt logs say
   "write shard: no space left on device" and search results are getting sparse (new repos not
   searchable at all). We can't easily grow the volume before next week's change window. Can we
   safely delete old shards or reduce what's indexed in the meantime? Which files are safe to remove?

2) Unrelated: our finance person asked how to add 25 users to our contract. Just tell me who to email.

Sourcegraph 5.4.7765
-- Tobias Maier, Kranich Software
""", note="Mixed: disk-full index (dominant) plus a seats question that belongs to sales-ce; routed on the dominant problem."),

T("FW: exclude vendored folders from the index", "p3", "forwarded_note", r"""
---------- Forwarded message ---------
From: Shauna Kilbride (CE)
To: support
Subject: exclude vendored folders from the index

Hi team, Greyhollow asked me on our sync whether they can stop `vendor/` and `third_party/`
directories from being indexed. They said it's about 60% of their index size and clutters results.
They don't want to remove them from the repos. Can you follow up with their admin (Paul Ferreira)
directly? No rush, nice-to-have before their renewal in Q2.

Thanks!
Shauna
"""),

T("Question about shard merging after upgrade", "p3", "email_thread", r"""
Hi,

After upgrading to 5.6 I noticed lots of files named `compound-*.zoekt` on the indexed-search disk
and the number of shard files went down from ~40k to ~9k. Is this the "shard merging" feature? Is it
on by default now, and is there anything we should tune (we have lots of tiny repos that rarely change)?

Everything works, just curious and want to make sure we're not going to run out of disk during merges.

Thanks,
Dagny Halvorsen, Infra, Skarvik Games

On Fri, Nov 28, 2025 Support wrote:
> Hi Dagny, thanks for reaching out, we'll get back to you shortly.
"""),

T("search 'no such host' after scaling indexed-search", "p1", "chat_paste", r"""
[08:51] ops-mirela: we scaled indexed-search from 2 to 4 replicas friday evening
[08:52] ops-mirela: since then ~half of all searches error with:
[08:52] ops-mirela: `zoekt: dial tcp: lookup indexed-search-3.indexed-search on 10.96.0.10:53: no such host`
[08:53] ops-mirela: pods 2 and 3 are Running and Ready. if we scale back to 2 everything works, but then the index doesn't fit
[08:55] support-ken: Thanks Mirela — is that a headless service? and which version?
[08:56] ops-mirela: 5.6.185 helm, headless yes. we've been back on 2 replicas since 06:00 but disk is at 93% so we need the 4
[08:57] ops-mirela: most devs search across all repos so this hits everybody when we scale up
"""),

T("relevant result is on page 5", "p3", "one_liner", r"""
When I search a class name the file that defines it is way down the list under 40 test files that just use it. Can ranking be improved?
""", note="Result ranking treated as core search engine (search-platform) rather than code-search UI."),

T("zoekt-git-index killed for one repo", "p2", "log_paste", r"""
One repository never gets indexed. indexserver log on indexed-search-0:

2025/12/01 03:12:44 indexing gitlab.quarry.example/data/warehouse-models (12 branches)
2025/12/01 03:31:02 error indexing gitlab.quarry.example/data/warehouse-models: exit status: signal: killed
2025/12/01 03:31:02 backoff gitlab.quarry.example/data/warehouse-models until 2025-12-01T04:31:02Z
2025/12/01 04:31:09 indexing gitlab.quarry.example/data/warehouse-models (12 branches)
2025/12/01 04:49:40 error indexing gitlab.quarry.example/data/warehouse-models: exit status: signal: killed

It's mostly SQL and big CSV seed files. We'd be happy with only the default branch being indexed for
this one. Everything else is fine. 5.5.2463.
"""),

T("Search latency regression 5.2 -> 5.3", "p2", "markdown_report", r"""
# Literal search latency regressed after 5.3 upgrade

| query                              | 5.2.6 p50 | 5.2.6 p95 | 5.3.9104 p50 | 5.3.9104 p95 |
|------------------------------------|-----------|-----------|--------------|--------------|
| `"connection refused"`             | 0.4s      | 1.1s      | 1.9s         | 6.8s         |
| `lang:go ctx.Done()`               | 0.3s      | 0.9s      | 1.4s         | 5.2s         |
| `repo:^infra/ terraform_remote`    | 0.2s      | 0.5s      | 0.3s         | 0.6s         |

- 41,000 repos, 4 indexed-search replicas (unchanged between versions)
- measured with our own script calling the stream API 200 times per query, off-hours
- CPU on indexed-search during the test: ~35% before, ~80% after

Nothing else changed. We're holding the rollout of 5.3 to the second cluster until we understand this.

Fatima Zahra Bennani — Search & Discovery tooling, Atlasberg AG
"""),

T("index more branches?", "p3", "one_liner", r"""
Can we get the release/* branches indexed too, not only main? Searching them is painfully slow.
"""),
]
