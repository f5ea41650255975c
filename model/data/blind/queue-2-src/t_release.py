from common import T

TEAM = "release"
PEM, HAL, CDSA, EAST, ARV = ("Pemberton Systems", "Halvard Games",
    "Commonwealth Digital Services Agency", "University of Eastmoor", "Arvenian Statistics Office")

TICKETS = [
T("R01", TEAM, PEM, "se/p0", "logs",
  "Lighthouse down after helm upgrade to 5.2.4 - migrator failed halfway",
  """
Hi team,

We started the upgrade of Lighthouse (lighthouse.pemberton.internal) from 5.2.1 to 5.2.4 at 18:05 UTC using our usual helm flow. The migrator job failed and now frontend will not come up. Nobody can use the instance. Rollback to 5.2.1 also crashloops, see below.

$ helm -n devtools history lighthouse | tail -3
REVISION  UPDATED                   STATUS     CHART              APP VERSION  DESCRIPTION
41        Tue Oct 10 09:12:44 2023  superseded sourcegraph-5.2.1  5.2.1        Upgrade complete
42        Thu Oct 26 18:05:10 2023  failed     sourcegraph-5.2.4  5.2.4        Upgrade "lighthouse" failed: post-upgrade hooks failed: job failed: BackoffLimitExceeded

$ kubectl -n devtools logs job/lighthouse-migrator --tail=12
{"SeverityText":"INFO","Body":"Checking progress of migrations","Attributes":{"schema":"frontend"}}
{"SeverityText":"INFO","Body":"Applying migration","Attributes":{"schema":"frontend","migrationID":1697032114}}
{"SeverityText":"ERROR","Body":"migration failed","Attributes":{"schema":"frontend","migrationID":1697032114,"error":"pq: canceling statement due to statement timeout"}}
{"SeverityText":"FATAL","Body":"failed to run migrations","Attributes":{"error":"1 error occurred:\n\t* dirty database: schema \"frontend\" marked dirty at 1697032114"}}

$ kubectl -n devtools get pods -l app=sourcegraph-frontend
NAME                                     READY   STATUS             RESTARTS      AGE
sourcegraph-frontend-7cd9b8f6d4-2xkqp    0/1     CrashLoopBackOff   9 (41s ago)   24m
sourcegraph-frontend-7cd9b8f6d4-m8wzr    0/1     CrashLoopBackOff   9 (33s ago)   24m

Frontend log just says "database schema out of date, run migrator". Our pgsql is RDS (db.r6g.2xlarge), statement_timeout is 60s at the parameter group level, which we suspect is what killed the migration (it's an index build on a big table).

What is the safe way to clear the dirty flag and re-run? We do have an RDS snapshot from 17:50.

Dana Okafor
Platform SRE, Pemberton Systems
""", tags=["upgrade", "migrator", "helm", "outage", "postgres"]),

T("R02", TEAM, PEM, "se/p1", "email-thread",
  "Re: Lighthouse upgrade - are we going to have a repeat of October?",
  """
Prod window is this Saturday 06:00 UTC. Staging went to 5.2.6 fine but the drift check on prod is complaining about the same frontend schema that broke last time. I am not approving the window until someone on your side tells me it is safe. We cannot have another half day outage.

Victor

Victor Hale | VP Engineering | Pemberton Systems

-----Original message-----
From: Dana Okafor
To: Victor Hale
Subject: Lighthouse upgrade

Victor - fyi ran `migrator drift --db=frontend --version=v5.2.6` against a prod clone. Output:

  FAIL: Unexpected index "repo_pending_perm_idx" (expected definition differs)
  Suggested fix: DROP INDEX IF EXISTS repo_pending_perm_idx; ...

I think this is left over from the manual cleanup we did after the failed 5.2.4 migration. Going to ask support before touching it.

-Dana
""", tags=["upgrade", "migrator", "drift", "maintenance-window"], recurs="R01"),

T("R03", TEAM, HAL, "se/p2", "logs",
  "[FIRING:1] container_memory_usage frontend on SG",
  """
Alertmanager has been flapping this since Monday on our code browser cluster. Pasting the raw notification:

[FIRING:1] container_memory_usage (frontend critical)
Labels:
 - alertname = container_memory_usage
 - level = warning
 - service_name = frontend
 - name = container_memory_usage
 - owner = infra-org
 - namespace = codetools
 - pod = sourcegraph-frontend-6f7d5c8b9-qnv4t
Annotations:
 - description = frontend: 99%+ container memory usage by instance
 - summary = frontend container memory usage >= 99% for 5m0s
Source: http://grafana.sg.halvard.internal/-/debug/grafana/...

Release is sg-prod (helm), namespace codetools, RKE2 on-prem, 3 frontend replicas with 4Gi limit each (default values, we never touched it). Version 5.2.0. ~900 users, big burst every morning when the Frostline team comes in at 9.

Do we just bump the limit? To what? Would prefer an actual recommendation rather than guessing.

Mikael Strand
Build & Infra, Halvard Games
""", tags=["alert", "frontend", "memory", "helm", "resources"]),

T("R04", TEAM, HAL, "se/p2", "logs",
  "frontend OOMKilled on sg-prod (follow-up of the memory alert ticket)",
  """
following up on the frontend memory ticket Mikael opened a few weeks ago. We raised the limit to 6Gi like suggested and it was quiet for about three weeks. Since the Ember Tide milestone branch got created it's back and worse, now pods are actually getting killed:

```
$ kubectl -n codetools get pods | grep frontend
sourcegraph-frontend-58c4d7b7f-7l9xz   1/1   Running   4 (2h ago)    3d
sourcegraph-frontend-58c4d7b7f-kc2bw   1/1   Running   6 (38m ago)   3d
sourcegraph-frontend-58c4d7b7f-wt5rp   1/1   Running   3 (5h ago)    3d

$ kubectl -n codetools describe pod sourcegraph-frontend-58c4d7b7f-kc2bw | grep -A3 "Last State"
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
```

and alertmanager now also sends container_oomkill_events_total for service frontend.

users notice it as the code browser throwing "502 bad gateway" for a few seconds then it's fine. not sure if we should keep raising the memory or if something else is going on (is there a way to see what's eating the memory? we can grab a heap profile if you tell us how)

-- Jun Park, build engineering
""", tags=["alert", "oomkill", "frontend", "memory", "helm"], recurs="R03"),

T("R05", TEAM, EAST, "se/p0", "chat-paste",
  "CodeFind completely down - postgres wont start",
  """
pasting from our #research-computing channel so you have the context:

[09:02] ravi.k: codefind is giving the orange "something went wrong" page for everyone
[09:04] ravi.k: docker ps shows pgsql restarting every 30s
[09:05] ravi.k: pgsql logs:
    PANIC:  could not write to file "pg_wal/xlogtemp.61": No space left on device
    LOG:  startup process (PID 61) was terminated by signal 6: Aborted
    LOG:  aborting startup due to startup process failure
[09:07] ravi.k: df -h /var/lib/docker -> 100%  (200G volume)
[09:09] h.achterberg: can we just delete old stuff? lecture is at 11 and the students need it for the lab
[09:10] ravi.k: dont want to delete the wrong thing, opening a ticket

so yeah, the whole thing is down. docker-compose deployment on codefind.cs.eastmoor.internal, sourcegraph 5.1.6. biggest dirs under /var/lib/docker/volumes are gitserver-0 (120G) and pgsql (54G). what is safe to clean up to get postgres back up, and how big should the disk really be?

thx, Ravi (sysadmin, CS dept)
""", tags=["docker-compose", "disk", "postgres", "outage"]),

T("R06", TEAM, CDSA, "se/p2", "template",
  "Image list for offline 5.2 upgrade (air-gapped)",
  """
SUMMARY:
Request for the complete list of container images (with digests) needed to upgrade our air-gapped deployment from 5.1.8 to 5.2.x.

ENVIRONMENT:
- Deployment: Kubernetes (RHEL 8 nodes), Helm release "cdsa-sg", namespace sourcegraph-prod
- Current version: 5.1.8
- Registry: registry.cdsa.internal (Harbor), no outbound internet from the enclave
- Code host: GitLab self-managed (gitlab.cdsa.internal)

STEPS TO REPRODUCE:
N/A - planning request.

EXPECTED RESULT:
A definitive image list for the target version including the migrator and any images that only run as jobs/hooks, so our transfer team can carry them across the boundary in one trip. Each media transfer takes ~5 working days to approve.

ACTUAL RESULT:
Last upgrade we missed two images that are only pulled by hooks and had to do a second transfer.

IMPACT:
Upgrade window is scheduled for the week of 4 December. Transfer request has to be filed by 20 November.

ATTACHMENTS:
values-override.yaml (sanitized)

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield (contractor), Platform Operations, CDSA
""", tags=["air-gapped", "upgrade", "images", "helm", "registry"]),

T("R07", TEAM, CDSA, "se/p1", "logs",
  "migrator ImagePullBackOff from registry.cdsa.internal during upgrade window",
  """
We are in our approved maintenance window right now (closes 17:00 local). Denise filed the image list request earlier in the quarter and we transferred everything on that list, but the pre-upgrade migrator job won't pull.

kubectl -n sourcegraph-prod describe pod cdsa-sg-migrator-6xv2n
...
Events:
  Type     Reason     Age                From     Message
  ----     ------     ----               ----     -------
  Normal   Pulling    3m (x4 over 5m)    kubelet  Pulling image "registry.cdsa.internal/sourcegraph/migrator:5.2.3@sha256:4be1f0...c9e2"
  Warning  Failed     3m (x4 over 5m)    kubelet  Failed to pull image ... manifest unknown: manifest tagged by "5.2.3" is not found
  Warning  Failed     3m (x4 over 5m)    kubelet  Error: ErrImagePull
  Normal   BackOff    20s (x14 over 5m)  kubelet  Back-off pulling image ...

The tag exists in Harbor but the digest Harbor shows is different from the one the chart pins (chart seems to pin the multi-arch index digest, we only mirrored the amd64 manifest). Can we override the digest in values, or do we need to re-transfer? The instance is still on 5.1.8 and working, we just lose the window if we can't proceed.

Marcus Tran
CDSA Platform Operations
""", tags=["air-gapped", "upgrade", "images", "migrator", "maintenance-window"], recurs="R06"),

T("R08", TEAM, ARV, "se/p2", "non-native",
  "Alert usage_connections_percentage postgres is firing every day",
  """
Hello,

In our instance Kodas (kodas.stat.arv.internal) we have alert from Prometheus which is coming every day at around 10 o'clock:

  postgres: usage_connections_percentage  - 81% connections used (warning)

It goes away by himself after maybe 40 minutes. We have deploy with helm, release name aso-search, version 5.2.1, the postgres is the one from the chart (not external). We did not change max_connections. Is this something we must worry? Also please say if it is safe to increase max_connections and where it is configured in the chart, I did not find it in values.

Thank you in advance and best regards,
Tomasz Wierzbicki
IT Department, Arvenian Statistics Office
""", tags=["alert", "postgres", "connections", "helm"]),

T("R09", TEAM, "one-off", "se/p3", "markdown",
  "Moving from docker-compose to Kubernetes - what carries over?",
  """
## Context
We're a ~120 person studio (Moonfall Forge) running Sourcegraph on a single docker-compose host (`sourcegraph.moonfall.internal`, v5.2.2). IT wants everything on our new EKS cluster by end of Q1.

## Questions
1. Is there a supported path to move gitserver data + postgres from compose volumes into the Helm deployment, or should we just let it re-clone (we have ~3k repos on GitHub Enterprise Server)?
2. Which postgres dbs need to be dumped/restored? We see `pgsql`, `codeintel-db` and `codeinsights-db` containers.
3. Anything in the site config that is host-specific and needs changing?

Not urgent, just planning. Thanks!

— Ines Carvalho, IT Systems
""", tags=["migration", "docker-compose", "kubernetes", "how-to"],
  org_tags=["self-hosted", "enterprise", "docker-compose", "game-studio"]),

T("R10", TEAM, "one-off", "se/p2", "logs",
  "executor VMs cannot register with frontend (self-hosted)",
  """
Setting up executors on our own VMs (Ubuntu 22.04, firecracker enabled) so teams can run server-side batch changes and auto-indexing. Install went fine, service starts, but it never shows up under Site admin > Executors.

journalctl -u executor --since "10 min ago"
Nov 14 13:41:02 exec-01 executor[2211]: {"SeverityText":"ERROR","Body":"Failed to poll queue","Attributes":{"queue":"batches","error":"Post \"https://sg.orbitline.internal/.executors/queue/batches/dequeue\": x509: certificate signed by unknown authority"}}
Nov 14 13:41:07 exec-01 executor[2211]: {"SeverityText":"ERROR","Body":"Failed to poll queue","Attributes":{"queue":"codeintel","error":"...x509: certificate signed by unknown authority"}}

Our frontend uses a cert from our internal CA. I copied the CA into /usr/local/share/ca-certificates and ran update-ca-certificates on the VM, didn't help. I assume firecracker/ignite uses its own trust store? What's the right place to put an internal CA for executors?

Kai Brennan, DevOps @ Orbitline Software
""", tags=["executors", "tls", "self-hosted", "deployment"],
  org_tags=["self-hosted", "enterprise"]),

T("R11", TEAM, PEM, "se/p1", "logs",
  "redis-store down after node pool rotation, users being logged out",
  """
We rotated the EKS node group for the devtools cluster this morning (AMI patching). Since then redis-store is Pending and the redis-store_up alert is firing. Everyone who logs in gets bounced back to the Okta login loop, so effectively nobody can use Lighthouse except people with an existing session that hasn't expired (and those are dropping).

$ kubectl -n devtools get pod -l app=redis-store
NAME                           READY   STATUS    RESTARTS   AGE
redis-store-5f9b97d8d7-zk4mv   0/1     Pending   0          47m

$ kubectl -n devtools describe pod redis-store-5f9b97d8d7-zk4mv | tail -4
  Warning  FailedScheduling  2m (x15 over 47m)  default-scheduler  0/9 nodes are available: 3 node(s) had volume node affinity conflict, 6 node(s) didn't match Pod's node affinity/selector.

The PV is an EBS volume in us-east-1a and the new node group only landed in 1b/1c. I can spin up a node in 1a as a stopgap, but I'd like to know if it's safe to just delete the PVC and let redis-store start empty (what do we lose? sessions only?), and whether the chart supports a topology spread/zone setting for this.

Dana
""", tags=["redis", "alert", "eks", "sessions", "helm"]),

T("R12", TEAM, HAL, "se/p2", "email-thread",
  "Code browser slow AGAIN",
  """
Third week in a row the code browser is crawling every morning. My leads are complaining to me and I am complaining to you. What is the status?

Odile

Odile Faure
Head of Production Engineering, Halvard Games

> On 8 Nov, Halvard Support wrote:
> Hi Odile, thanks for flagging. Mikael raised a related ticket about the frontend memory alert and we are working through resource sizing with him. We'll keep you posted.
""", tags=["performance", "frontend", "escalation"], recurs="R03"),

T("R13", TEAM, EAST, "se/p3", "email-thread",
  "OS upgrade on the CodeFind VM - docker compose compatibility",
  """
Dear Support,

Our central IT will move the CodeFind VM (codefind.cs.eastmoor.internal) from Ubuntu 20.04 to 22.04 during the winter break. As part of that the docker packages will be replaced with the distribution's docker-compose-plugin (compose v2). We are currently on Sourcegraph 5.1.6 deployed with the docker-compose repository, started with the old `docker-compose` v1 binary.

Is there anything we should do before or after the OS upgrade? In particular:
- does the deployment repo work with compose v2 (`docker compose`)?
- will the volume names change?

Kind regards,
Helen

--
Dr Helen Achterberg
Research Computing Lead, School of Computer Science
University of Eastmoor
This email and any attachments are intended solely for the addressee...

> -----Original Message-----
> From: Ravi Kulkarni
> Sent: 21 November
> To: Helen Achterberg
> Subject: RE: winter break OS upgrades
>
> fyi the codefind vm is on the list, can you check with sourcegraph
""", tags=["docker-compose", "os-upgrade", "how-to"]),

T("R14", TEAM, "one-off", "se/p3", "email-thread",
  "Offline installation for a disconnected network",
  """
Good afternoon,

The Maritime Safety Directorate is evaluating Sourcegraph for an internal network that has no connection to the internet. We have a small Kubernetes cluster (3 nodes) and an internal Nexus repository.

Could you let us know:
1. whether offline installation is supported and what documentation applies,
2. how updates are delivered for such networks,
3. whether the AI assistant can be used without internet (we understand probably not, this is for later).

Many thanks,
Pieter Vandersloot
Head of Software Services
Maritime Safety Directorate

-------- Forwarded Message --------
From: Account Team
Thanks Pieter, adding our support address so the technical questions can be answered directly.
""", tags=["air-gapped", "installation", "kubernetes", "pre-sales"],
  org_tags=["self-hosted", "public-sector", "air-gapped"]),

T("R15", TEAM, "one-off", "se/p2", "logs",
  "frontend_site_configuration_duration_since_last_successful_update_by_instance firing",
  """
Got this from our Alertmanager overnight and it hasn't cleared:

  alertname: frontend_site_configuration_duration_since_last_successful_update_by_instance
  level: critical
  service_name: frontend
  instance: 10.42.3.17:6060
  description: frontend: 300s+ maximum duration since last successful site configuration update (all "frontend" instances)

Only one of our two frontend pods shows it. I edited the site config yesterday afternoon (added a new GitLab token) and the other pod picked it up. Restarting the bad pod is probably the fix but I'd like to understand why one replica would stop getting config updates. Self-hosted, helm, 5.2.3, k8s 1.27.

Thanks,
Rowan Achebe, Lakehurst College IT Services
""", tags=["alert", "site-config", "frontend", "helm"],
  org_tags=["self-hosted", "enterprise", "education"]),

T("R16", TEAM, ARV, "se/p2", "non-native",
  "again postgres connections alert, now also mean_blocked_seconds",
  """
Hello again,

This is continuing the topic from some weeks before about the connections alert in postgres. After your advice we did not change anything. But last week we increase frontend replicas from 2 to 4 because of more users from the census project, and now we get two alerts:

  postgres: usage_connections_percentage 94%
  frontend: mean_blocked_seconds_per_conn_request  0.12s

Users say that pages in Kodas load slow in the morning. I think each frontend take many connections from the pool? Please explain how we should size it, maybe there is a formula. We still are on 5.2.1, helm release aso-search.

Best regards
Tomasz
""", tags=["alert", "postgres", "connections", "scaling", "helm"], recurs="R08"),

T("R17", TEAM, CDSA, "se/p2", "template",
  "prometheus_config_status alert after adding custom scrape job",
  """
SUMMARY:
Bundled Prometheus reports prometheus_config_status (critical) since we added a scrape job for our node exporters.

ENVIRONMENT:
- Kubernetes, Helm release cdsa-sg, namespace sourcegraph-prod, air-gapped
- Version: 5.1.8
- Change: added `prometheus.extraConfig` in values-override.yaml (see below)

STEPS TO REPRODUCE:
1. helm upgrade with the override below
2. Wait ~1 minute
3. Grafana > Overview shows prometheus_config_status critical

```yaml
prometheus:
  extraConfig: |
    - job_name: node-exporter-enclave
      static_configs:
        - targets: ['10.80.4.11:9100','10.80.4.12:9100']
```

EXPECTED RESULT:
Extra scrape job loaded alongside the built-in ones.

ACTUAL RESULT:
Prometheus log: `err="error loading config from \"/sg_prometheus_add_ons/prometheus.yml\": yaml: unmarshal errors: line 1: cannot unmarshal !!seq into config.plain"`. Built-in targets still scraped, ours not.

IMPACT:
No enclave node metrics. Alert noise paging the on-call.

CLASSIFICATION: UNCLASSIFIED
--
Denise Whitfield
""", tags=["alert", "prometheus", "monitoring", "helm", "air-gapped"]),

T("R18", TEAM, "one-off", "se/p2", "markdown",
  "Feature request: PodDisruptionBudgets in the helm chart",
  """
**What happened**
During a routine `kubectl drain` for node patching, both frontend pods were evicted at the same time and `pods_available_percentage` for frontend fired. Users saw ~2 minutes of errors.

**What we'd like**
The chart to ship optional PodDisruptionBudgets (at least for frontend, gitserver and zoekt) so drains are safe by default. Right now we maintain our own PDB manifests outside the chart and they drift whenever labels change.

**Env**
- Self-hosted, Helm, 5.2.5, GKE
- 2 frontend, 2 gitserver, 2 indexed-search replicas

Happy to test a pre-release chart.

Lucía Ferrand — SRE, Gullwing Payments
""", tags=["feature-request", "helm", "pdb", "availability"],
  org_tags=["self-hosted", "enterprise", "kubernetes"]),

T("R19", TEAM, PEM, "se/p2", "logs",
  "invalid_indexes alert on pgsql after snapshot restore",
  """
Follow-up housekeeping from the October incident. We restored the frontend DB into a fresh RDS instance from the snapshot, and since then the postgres invalid_indexes alert fires constantly.

sourcegraph=> SELECT relname FROM pg_class c JOIN pg_index i ON c.oid = i.indexrelid WHERE NOT i.indisvalid;
            relname
--------------------------------
 lsif_uploads_commit_repo_idx_ccnew
 repo_name_trgm_ccnew
(2 rows)

The `_ccnew` suffix looks like leftovers from a REINDEX CONCURRENTLY that was interrupted. Can we just drop these two, and will the migrator complain on the next upgrade if we do? Nothing user-facing that we can see.

Dana Okafor / Pemberton SRE
""", tags=["alert", "postgres", "indexes"]),

T("R20", TEAM, "one-off", "se/p1", "mixed",
  "POC install: frontend exits with code 1 on fresh docker compose",
  """
Hi, we are doing a 30 day proof of concept and our evaluation committee meets on the 12th. Fresh install on a clean VM, following the docker compose instructions, cloned deploy repo at the 5.2.5 tag.

docker compose up -d
...
sourcegraph-frontend-0  exited with code 1

docker logs sourcegraph-frontend-0 2>&1 | tail -5
✱ Sourcegraph is starting up...
{"SeverityText":"WARN","Body":"waiting for database","Attributes":{"dsn":"postgres://sg@pgsql:5432/sg"}}
{"SeverityText":"FATAL","Body":"failed to connect to frontend database","Attributes":{"error":"dial tcp: lookup pgsql on 127.0.0.11:53: server misbehaving"}}

VM is RHEL 9 with podman-docker (company policy, we can't install Docker CE). pgsql container is running. Is podman supported for the compose deployment? If not, what's the minimum we need for the POC?

Thanks — Bram Oosterhuis, Cinderpeak Games
""", tags=["poc", "docker-compose", "installation", "podman"],
  org_tags=["self-hosted", "trial", "poc", "game-studio"]),
]
