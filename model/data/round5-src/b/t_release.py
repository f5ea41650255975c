from common import T

TEAM = "release"

TICKETS = [
T("URGENT - frontend crashlooping after helm upgrade, whole instance down",
r"""
We ran `helm upgrade` this morning (chart 5.2.4 -> 5.3.1) and sourcegraph-frontend never came back. Nobody in the company can log in, search or open a file. Rolled back the chart once, same thing.

$ kubectl -n sourcegraph get pods
NAME                                     READY   STATUS             RESTARTS        AGE
sourcegraph-frontend-6c9f7d8b5-2xkqp     0/1     CrashLoopBackOff   14 (2m ago)     48m
sourcegraph-frontend-6c9f7d8b5-v8wnl     0/1     CrashLoopBackOff   14 (3m ago)     48m
gitserver-0                              1/1     Running            0               47m
pgsql-0                                  1/1     Running            0               47m
migrator-job-7hq2m                       0/1     Error              0               49m

$ kubectl -n sourcegraph logs migrator-job-7hq2m | tail -4
{"SeverityText":"ERROR","Body":"migration failed","Attributes":{"schema":"frontend","migration":1686315964,"error":"pq: column \"owner_id\" of relation \"repo_kvps\" already exists"}}
{"SeverityText":"FATAL","Body":"failed to run up migrations"}

Frontend log just says `waiting for migrations to finish` then exits. We have ~900 engineers locked out. Please call me: +1 555 0144.
""",
"se/p0", "logs", tags=["urgent"], org_tags=["self_hosted", "enterprise"]),

T("Fwd: Fwd: search + cody broken",
r"""
---------- Forwarded message ---------
From: Priya Raman <priya.raman@lindqvist-freight.example>
Date: Tue, 9:12 AM
Subject: Fwd: search + cody broken
To: support@sourcegraph.com

Hi support, forwarding what our dev-ex channel has been saying since 7am. I'm the on-call for this box.

> ---------- Forwarded message ---------
> From: Marco Bellini
> Subject: search + cody broken
>
> Is it just me? Sourcegraph gives a white page, Cody in VS Code says "Request failed: 502". Nobody on my team can use it.
>
> > Same here, whole floor is affected. -- T.

What I found: the VM (docker-compose, single host, Azure D16s) is at 100% disk. `df -h` shows /var/lib/docker at 100%, and pgsql and codeintel-db containers are restarting with "No space left on device". I haven't deleted anything yet because I'm not sure what is safe to remove. Can someone tell me what I can prune and how to get pgsql back without losing data?

Regards,
Priya Raman
Platform Engineering | Lindqvist Freight
This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this message. Lindqvist Freight AB, org. nr 556000-0000.
""",
"se/p0", "email-thread", tags=["cody"], org_tags=[]),

T("instance down after VM reboot",
r"""
[10:02] dmitri.k: sourcegraph is giving 502 for everyone since the patching window last night
[10:03] dmitri.k: the ec2 box rebooted for kernel updates, docker came back up but pgsql keeps dying
[10:04] ana.s: can you paste the logs
[10:05] dmitri.k:
pgsql  | LOG:  database system was interrupted; last known up at 2024-03-02 01:14:33 UTC
pgsql  | LOG:  invalid record length at 0/9A3C2E18: wanted 24, got 0
pgsql  | PANIC:  could not locate a valid checkpoint record
pgsql  | LOG:  startup process (PID 27) was terminated by signal 6: Aborted
[10:06] ana.s: ugh. did we take a volume snapshot before patching?
[10:06] dmitri.k: last EBS snapshot is 6 days old
[10:07] ana.s: ok opening a ticket with sourcegraph, do NOT run pg_resetwal yet
[10:07] ana.s: pasting this whole thread in

(^ pasted from our #platform-oncall channel. Docker compose deployment, v5.2.7. Nobody can use the instance. What is the safest recovery path?)
""",
"se/p0", "chat-paste", tags=[], org_tags=["self_hosted"]),

T("Upgrade kaputt - migrator dirty database, alles down",
r"""
Hallo zusammen,

wir machen gerade Multi-Version-Upgrade von 4.5.1 auf 5.2.0 mit migrator, wie in eure Doku. Kubernetes, Kustomize overlays, on-prem cluster.

migrator upgrade --from=v4.5.1 --to=v5.2.0 stop in the middle with:

  error: dirty database: schema "frontend" marked as dirty at version 1675962678
  hint: run `migrator drift` and then `migrator add-log -db=frontend -version=...`

Now frontend don't start ("schema is dirty"), all users get error page. We have no sourcegraph for all 400 developer since 2 hours. Backup of pgsql we have from before. Should we restore the backup and go again, or is the add-log command safe? Please fast answer, we are in maintenance window until 18:00 CET only.

Danke,
Jörg Wendt
IT-Betrieb, Hessler Maschinenbau GmbH
""",
"se/p0", "non-native", tags=["urgent"], org_tags=["on_prem"]),

T("migrator drift check blocks upgrade - change freeze Friday",
r"""
**Sourcegraph version:** 5.0.6 (target 5.3.x)

**Platform information:** Kubernetes 1.27 on GKE, deploy-sourcegraph-k8s with kustomize

**Describe the bug**
<!-- A clear and concise description of what the bug is. -->
Running `migrator upgrade --from=v5.0.6 --to=v5.3.2 --dry-run` reports drift on `codeintel` schema:

  Missing index "lsif_uploads_repository_id_commit_root_indexer" 
  Unexpected column "lsif_uploads.num_references"

We never touched the DB by hand as far as I know. Instance is still running 5.0.6 fine.

**Steps to reproduce**
1. start migrator job with args above
2. see output

**Expected behavior**
dry-run passes

**Additional context**
<!-- Add any other context about the problem here. -->
We have a company-wide change freeze starting Friday 00:00 for 3 weeks. If we can't upgrade before, we stay on 5.0.6 until next quarter. Can we use --skip-drift-check safely here?
""",
"se/p1", "template", tags=[], org_tags=["self_hosted", "enterprise"]),

T("executors never pick up jobs (POC)",
r"""
Hi team, we are 2 weeks into our POC and the part leadership cares about is the automated refactoring across ~300 services. We deployed executors on two GCP VMs using your terraform module (native firecracker). The VMs boot, the executor service starts, but nothing ever gets dequeued. executor journal:

Mar 14 08:31:02 exec-1 executor[1120]: {"SeverityText":"ERROR","Body":"Failed to dequeue","Attributes":{"queue":"batches","error":"unexpected status code 401"}}
Mar 14 08:31:07 exec-1 executor[1120]: {"SeverityText":"ERROR","Body":"Failed to dequeue","Attributes":{"queue":"batches","error":"unexpected status code 401"}}

EXECUTOR_FRONTEND_URL=https://sg.poc.varga-bank.internal
EXECUTOR_FRONTEND_PASSWORD is set to the same value as executors.accessToken in site config (copied it twice, no trailing whitespace).

Site admin > Executors page shows no instances. We have a readout with the VP on the 22nd.
""",
"se/p1", "logs", tags=["poc"], org_tags=["prospect", "poc"]),

T("Grafana 502",
r"""
/-/debug/grafana gives 502 Bad Gateway since we moved to the new ingress-nginx controller. Prometheus at /-/debug/prometheus? is fine. Not urgent but our SRE team wants the dashboards back before their weekly review.
""",
"se/p2", "plain", tags=[], org_tags=["self_hosted"]),

T("redis-store_up critical + users randomly logged out",
r"""
Alertmanager pushed this to our pager channel about 40 min ago:

[FIRING:1] critical_redis_redis-store_up
  service: redis
  description: redis-store availability
  owner: Infrastructure Org

Since then people are getting kicked back to the sign-in page every few minutes and the ones who stay logged in say pages are very slow. `kubectl get pods` shows redis-store 0/1 Pending - the node it was on was drained by the cluster autoscaler and the PVC is zonal (us-east-1b) while the only node with room is in 1c.

How do we get redis-store rescheduled quickly? Is it safe to just delete the PVC and let it start empty?
""",
"se/p1", "logs", tags=[], org_tags=["self_hosted"]),

T("Alert: invalid indexes",
r"""
Hi,
We receive the "postgres: invalid indexes" warning for about a week now. It did not go away after restarting the container. What does it mean for us and what should we do? Otherwise everything works normally.
Thank you
""",
"se/p2", "plain", tags=[], org_tags=["self_hosted"]),

T("everything extremely slow since we added the second org",
r"""
Context first: single-node k8s deploy (k3s, 32 vCPU / 128 GB), ~4k repos until last week. Monday we connected the second GitHub org and we're now at ~11k repos, all cloned fine.

Since then *everything* is slow for everybody - loading the home page 8-15s, opening a file 10s+, the repo page spinner forever. Not just search.

$ kubectl top pods -n sg --sort-by=cpu | head
NAME                                CPU(cores)   MEMORY(bytes)
indexed-search-0                    14210m       58Gi
gitserver-0                         6150m        9Gi
sourcegraph-frontend-5b7c-xk2       3890m        3Gi
searcher-0                          2002m        4Gi
worker-7d9f-8q                      1100m        2Gi

$ kubectl top nodes
NAME    CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%
k3s-a   31680m       99%    121Gi           96%

From Slack this morning:
> lena: is it just me or is SG unusable today
> rafael: unusable, gave up and went back to grep

I think we simply outgrew the box, but I need to know what to size for 11k repos and how to split it across nodes. Our devs have no workaround.
""",
"se/p1", "mixed", tags=[], org_tags=["self_hosted"]),

T("PVCs stuck Pending on EKS (trial install)",
r"""
Installing for our trial on EKS 1.29 with the Helm chart. All the stateful pods are Pending, `kubectl describe pvc` says `waiting for first consumer to be created before binding` then `failed to provision volume with StorageClass "sourcegraph": could not create volume in EC2: UnauthorizedOperation`.

our override.yaml:

```yaml
storageClass:
  create: true
  type: gp3
  provisioner: ebs.csi.aws.com
  allowedTopologies: {}
sourcegraph:
  nodeSelector:
    workload: sourcegraph
gitserver:
  storageSize: 500Gi
indexedSearch:
  storageSize: 300Gi
```

The EBS CSI driver is installed as an EKS add-on. Is there an IAM policy we are missing, or should we point storageClass at our existing gp3 class? Trial started Monday, 30 days.
""",
"se/p1", "config", tags=["trial"], org_tags=["prospect"]),

T("docker compose up fails on apple silicon",
r"""
""",
"se/p3", "one-liner", tags=[], org_tags=[]),

T("sourcegraph image pulls failing with 429",
r"""
toomanyrequests: You have reached your pull rate limit. half the pods on our nodes are ImagePullBackOff after node rotation
""",
"se/p1", "one-liner", tags=[], org_tags=["self_hosted"]),

T("Helm upgrade guide misses codeinsights-db step",
r"""
## Summary
The Helm upgrade page for 5.1 -> 5.2 doesn't mention that `codeInsightsDB` needs the new `auth.existingSecret` key.

## What happened
Followed the page line by line. `helm upgrade` succeeded, but the codeinsights-db pod sat in `CreateContainerConfigError` until we added the key ourselves (found it in the chart's values.yaml diff).

## Ask
| item | status |
|------|--------|
| our instance | fixed, running 5.2.3 |
| docs | still missing the step |

Please update the upgrade notes so the next team doesn't lose an hour on it. No urgency from our side.
""",
"se/p3", "markdown", tags=[], org_tags=["self_hosted"]),

T("Lista de imágenes para instalación sin internet",
r"""
Buenos días,

Vamos a instalar Sourcegraph en una VM de Azure sin acceso a internet (air-gapped), con docker-compose. Necesitamos la lista completa de imágenes y tags para la versión 5.3.x para subirlas a nuestro registry interno (harbor.corp.internal). ¿Existe una lista oficial? También: ¿qué hay que cambiar en el docker-compose.yaml para apuntar al registry privado?

No es urgente, la instalación será el próximo mes.

Gracias,
Lucía Ferrer
""",
"se/p3", "non-native", tags=[], org_tags=["prospect"]),

T("prometheus container OOM / tsdb エラー",
r"""
お世話になっております。

docker-compose 環境 (v5.2.5) で prometheus コンテナが何度も再起動します。Grafana には以下のアラートが出ています:

  warning: prometheus: prometheus_tsdb_op_failure
  warning: prometheus: container_oomkill_events_total

docker stats では prometheus のメモリが 4GB 上限に達しています。検索や他の機能は今のところ正常に動いています。メモリ上限を増やせばよいのか、retention を短くするべきか、推奨値を教えていただけますか。

よろしくお願いいたします。
中村
""",
"se/p2", "non-native", tags=[], org_tags=["self_hosted", "enterprise"]),

T("Re: upgrade path question (no rush!)",
r"""
Hi Sam,

Thank you so much for getting back to me so quickly last time, it is really appreciated!

> On Wed, Sam (Sourcegraph Support) wrote:
> > Happy to help. Could you tell me which version you are on and how you deploy?

Of course - apologies for leaving that out. We are on 3.43.2 (I know, I know...) on a plain docker-compose VM in our own datacenter. We'd like to get to the current release sometime this quarter, no specific date.

My questions, if I may:
1. Can we jump straight from 3.43 to 5.x with the migrator, or do we need stops in between?
2. Roughly how long should we plan for the downtime with ~2,000 repos?
3. Is there anything in 3.43 -> 4.0 that needs manual steps?

Again, absolutely no rush on this, whenever you have a moment.

Warm regards,
Beatrice Okafor
Senior Systems Administrator | Halvorsen Insurance
----
CONFIDENTIALITY NOTICE: The information in this email is intended solely for the addressee(s)...
""",
"se/p3", "email-thread", tags=[], org_tags=["self_hosted"]),

T("half the repos gone from search after node pool migration",
r"""
[Teams - #sourcegraph-admins]
Olaf Brandt  9:41
  after last night's node pool swap (n2 -> n2d) gitserver-1 and gitserver-3 are Pending
Olaf Brandt  9:42
  0/9 nodes are available: 9 node(s) had volume node affinity conflict
Hanna Juul  9:44
  that's why half the repos 404 and search only returns stuff from some repos?
Olaf Brandt  9:45
  yes. the PDs are in europe-west4-a and the new pool is only in -b and -c
Hanna Juul  9:47
  can we just recreate the pool in -a or do we need to move the disks? devs are complaining loudly
Olaf Brandt  9:48
  opening a ticket

Our Sourcegraph is on GKE, 4 gitserver replicas, helm chart 5.2.x. Half the code is not reachable, nobody has a workaround. What's the recommended way to move the gitserver disks between zones?
""",
"se/p1", "chat-paste", tags=[], org_tags=["self_hosted"]),

T("site config changes not applied",
r"""
Sourcegraph version: 5.1.8
Platform information: docker-compose on a GCP VM (e2-standard-16)
<!-- Kubernetes/Docker Compose/single container, version, cloud provider -->

Steps to reproduce:
1. edit site configuration in the UI, save
2. 

Expected behavior: change applies in ~1 min
Actual behavior: UI shows the new value, but behaviour doesn't change until we restart the containers. Grafana shows "frontend_site_configuration_duration_since_last_successful_update_by_instance" warning for two of the frontend containers, and also the same one for worker.

We restart after every config change right now, which works but is annoying.
""",
"se/p2", "template", tags=[], org_tags=[]),

T("emails stopped going out",
r"""
Since we migrated our VM to the new subnet, no emails leave the instance (password reset, invites, code monitor notifications). The "email_delivery_failures" warning is firing in the monitoring dashboards. SMTP host is smtp-relay.marlow.internal:587 and we can telnet to it from the host, but not from inside the containers it seems.

   docker exec -it sourcegraph-frontend-0 sh -c 'nc -zv smtp-relay.marlow.internal 587'
   nc: bad address 'smtp-relay.marlow.internal'

Probably a DNS thing in the docker network? Users can still log in with existing accounts so not critical.
""",
"se/p2", "mixed", tags=[], org_tags=["self_hosted"]),
]
