from common import make

T = make("release")

TICKETS = [
T(1, "PROD DOWN - frontend crashlooping after helm upgrade", r"""
Upgraded from 5.2.4 to 5.3.1 with our usual `helm upgrade` about 40 min ago. Nobody can load the UI, every request gets a 503 from the ingress. All 1,100 devs are blocked.

$ kubectl -n sourcegraph get pods
NAME                                   READY   STATUS             RESTARTS      AGE
sourcegraph-frontend-7d9c8f6b5-2xkqp   0/1     CrashLoopBackOff   9 (41s ago)   38m
sourcegraph-frontend-7d9c8f6b5-m4tzr   0/1     CrashLoopBackOff   9 (55s ago)   38m
gitserver-0                            1/1     Running            0             38m
pgsql-0                                1/1     Running            0             39m
migrator-5.3.1-x7vbn                   0/1     Error              0             39m

$ kubectl -n sourcegraph logs migrator-5.3.1-x7vbn | tail -4
{"SeverityText":"ERROR","Body":"migration failed","Attributes":{"schema":"frontend","migration":1711503012,"error":"column \"sync_mode\" of relation \"external_services\" already exists"}}
{"SeverityText":"FATAL","Body":"dirty database, refusing to start"}

We have not touched the DB manually. Please call us, bridge link in the org notes.
""", "se/p0", "logs", ["urgent"], ["self_hosted", "enterprise"]),

T(2, "re: case 4528 - box is dead again", r"""
Hi both,

Following up on case 4528 from last month (the docker-compose host that lost its volumes on reboot). It happened again. Patching reboot at 02:00, since then the whole instance is down — `docker compose ps` shows pgsql exiting with code 1 and everything that depends on it restarting. No one in the company can get into Sourcegraph this morning.

> On Mon, Marta (Sourcegraph Support) wrote:
> > Please make sure the named volumes are on the persistent disk mount and not under /var/lib/docker on the root fs.
> > If it recurs send us `docker compose logs pgsql`.

We did move them. Logs:

pgsql  | FATAL:  data directory "/data/pgdata-12" has invalid permissions
pgsql  | DETAIL:  Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).
pgsql exited with code 1

Can someone get on a call right away? This is a full outage for us.

--
Henrik Lund | Platform Ops | Fjordline Logistics
This e-mail and any attachments are confidential and intended solely for the addressee.
""", "se/p0", "email-thread", [], ["self_hosted"]),

T(3, "[FIRING:1] critical_frontend_pods_available_percentage", r"""
Alertmanager <alerts@ops.kestrel.internal>
To: sourcegraph-admins@kestrel.internal; support@sourcegraph.com

[FIRING:1] critical_frontend_pods_available_percentage (frontend sourcegraph prod-eks-2)
Labels:
 - alertname = critical_frontend_pods_available_percentage
 - level = critical
 - service_name = frontend
 - owner = infra-org
Annotations:
 - description = frontend: less than 90% percentage pods available for 10m0s
Source: http://grafana.kestrel.internal/-/debug/grafana/alerting/list

---
(manual note added by on-call, R. Osei): value has been 0% for 25 min. every single user gets the 'Sourcegraph is unavailable' page. we run it on our own EKS cluster. nodes look healthy.
""", "se/p0", "logs", [], ["self_hosted"]),

T(4, "migrator drift error blocks our 4.5 -> 5.1 jump, compliance deadline", r"""
**Sourcegraph version:** 4.5.1 (trying to reach 5.1.9)
**Platform information:** Kubernetes 1.27 on-prem, deployed with Kustomize overlays from deploy-sourcegraph-k8s

**Steps to reproduce:**
1. Scale down all services except pgsql/codeintel-db/codeinsights-db
2. Run migrator job with `upgrade --from=v4.5.1 --to=v5.1.9`
3. Job exits

**Expected behavior:** multi-version upgrade completes

**Actual behavior:**
```
💡 Parsed "v4.5.1" from version flag value "4.5.1"
❌ Schema drift detected in frontend: 3 differences
   - missing index "repo_external_unique_idx"
   - unexpected column "repo.blocked_reason"
```
We rolled back and 4.5.1 runs fine for now, so users are OK. But our security team requires us to be off 4.5.x by the 14th (CVE policy) and that's next Tuesday. What is the safe way to fix the drift?
""", "se/p1", "template", [], ["on_prem"]),

T(5, "batch changes + auto-indexing jobs not running", r"""
[09:12] dmitri.k: our executors haven't picked up a single job since we bumped them to 5.2 yesterday
[09:12] dmitri.k: they're the terraform module on AWS, autoscaling group, 3 instances
[09:13] dmitri.k: journalctl on one of them:
[09:13] dmitri.k: executor[1412]: level=error msg="failed to dequeue" err="unexpected status code 401" queue=batches
[09:13] dmitri.k: executor[1412]: level=error msg="failed to dequeue" err="unexpected status code 401" queue=codeintel
[09:14] sara.v: so nothing queued runs? both server-side batch changes and the auto indexing?
[09:14] dmitri.k: yep, everything sits in "queued". we regenerated EXECUTOR_FRONTEND_PASSWORD in the launch template and in site config, same value (I checked twice)
[09:15] sara.v: ok opening a ticket, pasting this
""", "se/p1", "chat-paste", [], ["self_hosted", "enterprise"]),

T(6, "everything got really slow after node pool migration", r"""
Since we moved the Sourcegraph namespace to the new GKE node pool (e2-standard-8 -> n2d-standard-8) on Friday, every page takes 15-40 seconds for basically everyone. Search, file view, even the settings page.

kubectl describe node gke-sg-pool-b-91c2 | grep -A6 Conditions
  MemoryPressure   False
  DiskPressure     True    KubeletHasDiskPressure
  PIDPressure      False
  Ready            True

Events:
  Warning  Evicted  pod/searcher-0  The node was low on resource: ephemeral-storage.
  Warning  Evicted  pod/searcher-1  The node was low on resource: ephemeral-storage.

Pods get evicted and rescheduled over and over. We didn't change the helm values except the nodeSelector. What sizing do you recommend for ephemeral storage per node?
""", "se/p1", "logs", [], ["self_hosted"]),

T(7, "Cody not answering", r"""
Subject is what my users reported, but it's bigger than Cody. Since we rotated the TLS certificate on our ingress (nginx ingress controller, our own k8s cluster) this morning, roughly 2 of 3 requests to sourcegraph.corp-lumen.example return 502 Bad Gateway. Cody, search, login page, all of it — whatever hits the bad upstream fails.

ingress-nginx log sample:
2024/05/07 08:41:13 [error] 31#31: *88213 upstream prematurely closed connection while reading response header from upstream, client: 10.44.2.9, server: sourcegraph.corp-lumen.example, request: "GET /search HTTP/2.0", upstream: "http://10.60.1.22:3080/search"

Reloading the page eventually works, so people can limp along but most of the org is complaining. Helm chart 5.3.2.
""", "se/p1", "mixed", ["cody"], ["self_hosted"]),

T(8, "docker compose containers restart always after VM resize", r"""
Hello team,

we have Sourcegraph on docker-compose in Azure VM (Standard_D8s_v5). Yesterday our infra colleague resize the VM to D4s because of cost. Since then many containers are restarting every few minutes, the web is working only sometimes, most of developers can not use it. I think is memory but I am not sure which container is need more.

docker stats --no-stream (short):
NAME              CPU %   MEM USAGE / LIMIT
zoekt-webserver-0 3.1%    6.9GiB / 7.7GiB
gitserver-0       44%     2.1GiB / 7.7GiB
sourcegraph-frontend-0  0.0%  0B / 0B   (restarting)

dmesg show "Out of memory: Killed process 23144 (frontend)".
Can you say what is minimum size for ~250 repos and 300 users? Vielen Dank!
""", "se/p1", "non-native", [], ["self_hosted"]),

T(9, "storageClass override in values.yaml ignored for gitserver", r"""
Our override.yaml:

```yaml
storageClass:
  create: false
  name: premium-rwo

gitserver:
  storageSize: 500Gi
  resources:
    limits:
      cpu: "8"
      memory: 16G

indexedSearch:
  storageSize: 300Gi
```

`helm template` shows zoekt's PVC with `storageClassName: premium-rwo`, but the gitserver StatefulSet volumeClaimTemplate still renders `sourcegraph` as storage class. Chart version 5.2.7. Existing PVC is fine for now, we only noticed because we're adding a second gitserver replica. Is this a chart bug or are we missing a key?
""", "se/p2", "config", [], ["self_hosted"]),

T(10, "Grafana dashboards empty after upgrade", r"""
**Sourcegraph version:** 5.4.0
**Platform information:** <!-- e.g. Kubernetes, Docker Compose, single container -->
Kubernetes (helm)

**Steps to reproduce:**
<!-- What did you do? -->
upgraded from 5.3

**Expected behavior:**
<!-- What did you expect to happen? -->

**Actual behavior:**
All container panels in our built-in Grafana (CPU, memory, restarts) show "No data". The service-level panels (search latency etc.) still have data. Prometheus targets page shows `cadvisor` as DOWN: "server returned HTTP status 403 Forbidden".

**Additional context:**
We run a restricted PSP/PSA profile, maybe related.
""", "se/p2", "template", [], ["self_hosted"]),

T(11, "Feature request: custom CA bundle as a chart value", r"""
Every time we upgrade we have to re-patch frontend, gitserver and repo-updater to mount our corporate root CA, because our GitHub Enterprise and our proxy use an internal CA. It would be great if the Helm chart had one value like `global.extraCACerts` (configmap name) that gets mounted into every pod and added to the trust store. Right now it's about an hour of manual work per upgrade and easy to forget one deployment.
""", "se/p2", "plain", ["feature_request"], ["self_hosted", "enterprise"]),

T(12, "prometheus target sample exceeded", r"""
we keep getting this one in #sg-alerts, about every 6h:

warning prometheus: 1+ prometheus target sample exceeded

nothing seems broken for users. deployment is docker-compose on a single VM in our DC. is it safe to raise the sample limit, and where is it set in the compose file?
""", "se/p2", "logs", [], ["on_prem"]),

T(13, "arm64 images?", r"""
Graviton
""", "se/p2", "one-liner", ["feature_request"], ["self_hosted"]),

T(14, "re: ticket 7789 still OOMKilled", r"""
Hi, re: ticket 7789.

We bumped the frontend memory limit to 8Gi as suggested. It's better but still happens ~2x a day, and whoever is on that pod gets errors for a minute.

$ kubectl top pod -n sg -l app=sourcegraph-frontend
NAME                                  CPU(cores)   MEMORY(bytes)
sourcegraph-frontend-6cbb7f8d-9wzlt   1420m        7811Mi
sourcegraph-frontend-6cbb7f8d-qk2rx   310m         2204Mi

Alert text from Alertmanager: `critical_frontend_container_oomkill_events_total`

Is 8Gi expected for ~600 users? Should we go to 3 replicas instead of more memory? Happy to send a heap profile if you tell me how to grab one.
""", "se/p2", "mixed", [], ["self_hosted"]),

T(15, "sourcegraph super slow mornings", r"""
hi not sure who to ask, our IT said to write here. the internal sourcegraph website we use at work is really slow between 9 and 10am, like 20 sec to open a file. after lunch its fine. i just use it to read code. thanks
""", "se/p2", "plain", [], ["on_prem", "enterprise"]),

T(16, "Postgres backup approach for docker-compose deployment", r"""
No rush on this one. We run the docker-compose deployment on a single RHEL VM. What's the recommended way to back up pgsql, codeintel-db and codeinsights-db — is a nightly `pg_dump` from inside the containers enough, or should we snapshot the volumes? And what's the restore order? Just want to have a runbook before our DR review next quarter.
""", "se/p3", "plain", [], ["self_hosted"]),

T(17, "Website contact form: Deployment", r"""
--- Submitted via sourcegraph.com/contact ---
Name: Priya Raman
Company: Tessellate Bank
Role: Platform engineer
Topic: Deployment / Self-hosting
Message:
Is OpenShift 4.14 a supported target? We'd deploy with the Helm chart but our clusters enforce restricted SCCs (no root, random UIDs). Any known gotchas?
Preferred contact: email
--- end ---
""", "se/p3", "template", [], ["prospect"]),

T(18, "Kustomize docs mention a component that isn't in the repo", r"""
The Kustomize install page tells you to add `components/resources/low-resource` to the overlay, but that path doesn't exist in the deploy repo at tag v5.3.2 (there's `components/resources/lower` hmm?). Not blocking, we figured it out, just letting you know the page is out of date.
""", "se/p3", "plain", ["docs"], ["self_hosted"]),

T(19, "supported k8s versions for 5.4", r"""
""", "se/p3", "one-liner", [], ["self_hosted"]),

T(20, "AMI trial instance not reachable on port 80", r"""
Hi,

We launched the Sourcegraph AMI (us-east-1, m6a.2xlarge) for our evaluation. The EC2 instance shows 2/2 checks passed, security group allows 80/443 from our VPN range, but http://10.12.40.7 just hangs. SSH works; `sudo k3s kubectl get pods -A` shows most pods Pending with "0/1 nodes are available: 1 Insufficient cpu".

Our trial ends in 9 days and we haven't been able to show it to the team yet. What instance size should we use?

Thanks,
Ole
""", "se/p1", "plain", ["trial"], ["prospect"]),
]
