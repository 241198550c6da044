// Incident families for the synthetic corpus (bench/corpus.ts). Templates use
// {service}, {team}, {ns}, {region} and per-document random {ip}, {port},
// {pid}, {num}, {small}, {uuid}, {hex}, {pod}, {iso}.

export interface Family {
  key: string;
  provider: (rng: { pick<T>(items: readonly T[]): T }) => string;
  platforms: string[];
  regions: string[];
  titles: string[];
  summaries: string[];
  impacts: string[];
  triggers: string[];
  rootCauses: string[];
  detections: string[];
  mitigations: string[];
  lessons: string[];
  factors: string[];
  actions: string[];
  signatures: Array<{ text: string; source: string }>;
  diagrams: string[];
  components: string[];
  patterns: string[];
  limits: string[];
  tags: string[];
}

export const services = [
  "checkout",
  "payments",
  "search",
  "blog-web",
  "api-gateway",
  "orders",
  "auth",
  "inventory",
  "notifications",
  "media",
  "recommendations",
  "billing",
  "catalog",
  "chat",
  "profile",
  "reports",
];

const cloud =
  (...names: string[]) =>
  (rng: { pick<T>(items: readonly T[]): T }) =>
    rng.pick(names);
const anyCloud = cloud(
  "Alibaba Cloud",
  "AWS",
  "Huawei Cloud",
  "Google Cloud",
  "Tencent Cloud",
  "Self-hosted datacenter",
);
const k8s = ["ACK", "CCE", "EKS", "GKE", "TKE", "Self-built Kubernetes", "Kubernetes"];
const regions = [
  "cn-hangzhou",
  "cn-beijing",
  "cn-shanghai",
  "ap-southeast-1",
  "eu-central-1",
  "us-east-1",
  "cn-north-4",
];

function family(f: Omit<Family, "platforms" | "regions"> & Partial<Pick<Family, "platforms" | "regions">>): Family {
  return { platforms: k8s, regions, ...f };
}

export const families: Family[] = [
  family({
    key: "slb-attach-quota",
    provider: cloud("Alibaba Cloud"),
    platforms: ["ACK", "Self-built Kubernetes"],
    titles: [
      "Release of {service} fails with 500s at the Kong gateway because an ECS node hit the SLB attachment quota",
      "{service} unreachable behind SLB after a rollout: backend server quota reached",
    ],
    summaries: [
      "A routine release of {service} left the SLB virtual server group pointing at deleted pods.",
      "Kong logged connection refused to its SLB upstream while every pod was healthy.",
      "The LoadBalancer Service could not sync the SLB because a backend server reached its quota of SLB attachments.",
    ],
    impacts: [
      "Clients of {service} received HTTP 500 from the gateway.",
      "SLB traffic dropped to zero and rolling back did not help.",
    ],
    triggers: ["A release of {service} replaced every pod IP.", "A rollback of {service} created pods with new IPs."],
    rootCauses: [
      "The ECS instance had been added to SLB backend server groups 50 times, the default quota.",
      "The cloud controller could not update the virtual server group.",
      "Moving the Service to another SLB failed the same way because the quota counts per server.",
    ],
    detections: ["The gateway 5xx alert fired.", "Customers reported errors before any alert."],
    mitigations: [
      "Pointed Kong at the pod IPs directly and requested a quota increase to 80.",
      "Raised the attachment quota and re-synced the Service.",
    ],
    lessons: ["Nobody monitored cloud quotas."],
    factors: ["No alerting on SLB quotas.", "Kong ran outside the cluster with a static upstream."],
    actions: ["Alert on SLB attachment quota usage above 80%", "Move Kong into the cluster behind an ingress"],
    signatures: [
      {
        text: "{pid}#0: *{num} connect() failed (111: Connection refused) while connecting to upstream",
        source: "Kong error log",
      },
      {
        text: "Error syncing load balancer [lb-bp{hex}]: Message: There is backend server has reached to the quota limit number of load balancers that it could be related to.",
        source: "Service event",
      },
      { text: "同一台服务器可以重复添加为slb后端服务器的次数", source: "SLB quota page" },
      { text: "创建中", source: "ACK console" },
    ],
    diagrams: ["Clients to Kong to SLB to pods; the SLB backend group is stale"],
    components: ["Kong", "SLB", "LoadBalancer Service", "cloud-controller-manager", "ECS", "Consul"],
    patterns: ["lb-quota-exhaustion", "lb-backends-out-of-sync"],
    limits: ["alibaba-slb-backend-attachments-per-ecs", "alibaba-slb-listeners-per-instance"],
    tags: ["quota", "slb", "kong", "release", "http-500"],
  }),
  family({
    key: "elb-members-quota",
    provider: cloud("Huawei Cloud"),
    platforms: ["CCE"],
    regions: ["cn-north-4", "cn-east-3", "ap-southeast-1"],
    titles: [
      "CCE Service for {service} stuck: ELB members_per_pool quota full",
      "Half the ELB pool of {service} failed health checks after an in-place member update",
    ],
    summaries: [
      "The ELB pool of {service} reached its members_per_pool quota during a rollout.",
      "CCE updated members in place instead of adding new ones, and a wrong health check port took half the pool out.",
    ],
    impacts: [
      "Half of the requests to {service} failed for the duration.",
      "Java servers logged connection resets from ELB health checks.",
    ],
    triggers: ["A scale-out of {service} needed more pool members than the quota allowed."],
    rootCauses: [
      "The pool was at its members_per_pool quota, so adding members failed with ELB.8905.",
      "The in-place update carried a wrong health-check port.",
    ],
    detections: ["The ELB unhealthy-member alarm fired.", "The Service events showed Failed to create member."],
    mitigations: [
      "Raised the pool member quota and fixed the health check.",
      "Scaled {service} down to free pool members.",
    ],
    lessons: ["Make-before-break depends on quota headroom."],
    factors: ["No quota headroom on the ELB pool.", "Health-check settings were not reviewed."],
    actions: ["Alert on ELB pool member usage", "Validate health-check ports in CI"],
    signatures: [
      {
        text: 'Update member of listener/pool({uuid}/{uuid}) error: Failed to create member :(error_msg":"Quota exceeded for resources: members_per_pool","error_code":"ELB.8905","request_id":"{hex}"},status code: 409',
        source: "Service event",
      },
      { text: "Quota exceeded for resources: members_per_pool", source: "ELB API" },
      { text: "ELB.8905", source: "ELB API" },
      { text: "java.io.IOException: Connection reset by peer", source: "Java log" },
    ],
    diagrams: ["ELB pool with old and new members mixed"],
    components: ["ELB", "CCE Service controller", "LoadBalancer Service", "Java", "health check"],
    patterns: ["lb-quota-exhaustion", "health-check-restart-loop", "external-traffic-policy-local-hairpin"],
    limits: ["huawei-elb-members-per-pool"],
    tags: ["quota", "elb", "cce", "health-check"],
  }),
  family({
    key: "spot-stockout",
    provider: cloud("Alibaba Cloud", "AWS", "Tencent Cloud"),
    titles: [
      "{service} down at peak when spot workers were out of stock",
      "Scheduled scale-up of preemptible nodes for {service} failed: instance type sold out",
    ],
    summaries: [
      "The cron job that starts preemptible workers every morning failed because the zone was out of stock.",
      "The remaining nodes could not carry the peak and pods crash-looped.",
    ],
    impacts: ["The {service} site returned 502 for most of the morning peak."],
    triggers: ["The morning scale-up of preemptible instances failed."],
    rootCauses: [
      "Every preemptible instance of that type in the zone was sold out.",
      "All peak capacity depended on one instance type in one zone.",
    ],
    detections: ["The 502 rate alert fired at the traffic peak."],
    mitigations: ["Bought on-demand instances of another type and moved traffic to the old cluster."],
    lessons: ["Spot capacity is not guaranteed when everyone scales at once."],
    factors: ["Peak capacity relied on spot instances of one type.", "The fallback cluster was also preemptible."],
    actions: ["Diversify instance types for the peak node group", "Keep on-demand headroom for the morning peak"],
    signatures: [
      {
        text: "i-bp{hex} : 库存不足,请您尝试其它类型的实例规格 或者 其它可用区/地域的实例。您可以选择变配到其他规格,然后启动。",
        source: "ECS console",
      },
      {
        text: "InsufficientInstanceCapacity: We currently do not have sufficient c6.xlarge capacity in the Availability Zone you requested.",
        source: "EC2 API",
      },
      { text: "{pod}   0/1     CrashLoopBackOff   {small}          {small}m", source: "kubectl get pods" },
    ],
    diagrams: ["Cron starts spot workers; the start fails with out of stock"],
    components: ["ECS preemptible instances", "cron", "node group", "cluster autoscaler"],
    patterns: ["spot-capacity-stockout", "cluster-dns-loss"],
    limits: ["alibaba-preemptible-instance-stock"],
    tags: ["spot", "preemptible-instances", "capacity", "stock-out"],
  }),
  family({
    key: "dns-loss",
    provider: anyCloud,
    titles: [
      "Cluster DNS lost on every node: {service} pods crash-loop",
      "CoreDNS overloaded, lookups for {service} time out",
    ],
    summaries: [
      "Containers could not resolve the services they depend on.",
      "CoreDNS pods were rescheduled onto nodes whose pod IPs are not routed.",
    ],
    impacts: ["{service} and everything calling it failed for the duration."],
    triggers: ["A node pool change moved the CoreDNS pods.", "A network cutover cut the control plane off the nodes."],
    rootCauses: [
      "The cluster DNS Service had no reachable endpoints.",
      "conntrack entries for UDP 53 pointed at deleted DNS pods.",
    ],
    detections: ["Readiness probes failed across the cluster."],
    mitigations: ["Restarted the DNS pods and rebooted the affected workers."],
    lessons: ["DNS is a single point of failure for every workload."],
    factors: ["Only one CoreDNS replica.", "No alert on DNS error rate."],
    actions: ["Run NodeLocal DNSCache", "Spread CoreDNS replicas across zones"],
    signatures: [
      { text: "dial udp 10.96.0.10:53: i/o timeout", source: "application log" },
      { text: "lookup {service}.{ns}.svc.cluster.local on 10.96.0.10:53: no such host", source: "application log" },
      {
        text: "[ERROR] plugin/errors: 2 {service}.{ns}.svc.cluster.local. A: read udp {ip}:{pid}->{ip}:53: i/o timeout",
        source: "CoreDNS log",
      },
      { text: "域名解析失败", source: "console" },
    ],
    diagrams: ["Pods to kube-dns Service to CoreDNS pods on unreachable nodes"],
    components: ["CoreDNS", "kube-dns", "kube-proxy", "conntrack", "kubelet"],
    patterns: ["cluster-dns-loss", "control-plane-partition"],
    limits: ["kubernetes-node-unreachable-pod-eviction"],
    tags: ["dns", "coredns", "crashloopbackoff"],
  }),
  family({
    key: "ipvs-stale",
    provider: anyCloud,
    titles: [
      "Intermittent 502s on {service} for minutes after each rolling update",
      "IPVS keeps sending {service} traffic to deleted pods",
    ],
    summaries: [
      "Reused source ports hit weight-0 real servers of deleted pods.",
      "nginx in front of the cluster saw No route to host after every deploy.",
    ],
    impacts: ["A few percent of requests to {service} failed after each deploy."],
    triggers: ["A rolling update of {service}."],
    rootCauses: [
      "kube-proxy IPVS graceful termination kept deleted pods as weight-0 real servers.",
      "The proxy reused source ports within TIME_WAIT.",
    ],
    detections: ["ab runs during deploys showed 502s."],
    mitigations: ["Deployed a DaemonSet that deletes weight-0 real servers."],
    lessons: ["Connection reuse interacts badly with IPVS graceful termination."],
    factors: ["High connection rate from the shared nginx.", "Narrow ephemeral port range."],
    actions: ["Enable keep-alive to upstreams", "Widen ip_local_port_range"],
    signatures: [
      { text: "No route to host", source: "client" },
      { text: "502 Bad Gateway", source: "nginx" },
      {
        text: "upstream prematurely closed connection while reading response header from upstream, client: {ip}, server: {service}.example.com",
        source: "nginx error log",
      },
    ],
    diagrams: ["nginx to Service IP to IPVS with a weight-0 real server"],
    components: ["IPVS", "kube-proxy", "nginx", "Calico", "BGP"],
    patterns: ["ipvs-stale-real-server", "lb-backends-out-of-sync"],
    limits: [
      "kubernetes-kube-proxy-ipvs-graceful-termination",
      "linux-tcp-time-wait-2msl",
      "linux-ephemeral-port-range",
    ],
    tags: ["ipvs", "kube-proxy", "http-502", "rolling-update"],
  }),
  family({
    key: "cert-expiry",
    provider: anyCloud,
    titles: [
      "Expired TLS certificate takes down {service} ingress",
      "mTLS between {service} and its callers fails after a CA rotation",
    ],
    summaries: [
      "The ingress certificate for {service} expired on a weekend.",
      "cert-manager could not renew because the DNS-01 challenge failed.",
    ],
    impacts: ["All HTTPS requests to {service} failed with certificate errors."],
    triggers: ["The certificate reached its notAfter date."],
    rootCauses: [
      "cert-manager renewal had been failing silently for weeks.",
      "The renewal webhook could not reach the DNS provider API.",
    ],
    detections: ["Synthetic checks reported TLS handshake failures."],
    mitigations: ["Issued a certificate by hand and fixed the DNS credentials."],
    lessons: ["Certificate expiry needs its own alert."],
    factors: ["No alert on certificate expiry.", "Renewal errors were only logged."],
    actions: ["Alert 14 days before certificate expiry", "Test renewal in staging monthly"],
    signatures: [
      {
        text: "x509: certificate has expired or is not yet valid: current time {iso} is after {iso}",
        source: "Go client",
      },
      { text: "SSL_ERROR_EXPIRED_CERT_ALERT", source: "browser" },
      { text: "证书已过期", source: "CDN console" },
    ],
    diagrams: ["Clients to ingress-nginx with an expired certificate"],
    components: ["ingress-nginx", "cert-manager", "CDN", "DNS provider"],
    patterns: ["health-check-restart-loop"],
    limits: [],
    tags: ["tls", "certificate", "cert-manager", "ingress"],
  }),
  family({
    key: "oom",
    provider: anyCloud,
    titles: ["{service} JVMs OOMKilled under a traffic spike", "Memory leak in {service} restarts pods every hour"],
    summaries: [
      "The container memory limit was lower than the JVM heap plus metaspace.",
      "Pods of {service} were OOMKilled and restarted in a loop.",
    ],
    impacts: ["Requests to {service} failed during each restart."],
    triggers: ["A marketing campaign doubled traffic to {service}."],
    rootCauses: [
      "-Xmx was set to the container limit, leaving no room for native memory.",
      "A cache without eviction grew until the cgroup limit.",
    ],
    detections: ["The restart-count alert fired."],
    mitigations: ["Raised the memory limit and lowered the heap to 75% of it."],
    lessons: ["Size the heap from the container limit, not the node."],
    factors: ["Heap sized equal to the limit.", "No memory alert below the limit."],
    actions: ["Use -XX:MaxRAMPercentage", "Alert at 85% of the memory limit"],
    signatures: [
      { text: "OOMKilled", source: "kubectl describe pod" },
      {
        text: "Memory cgroup out of memory: Killed process {pid} (java) total-vm:{num}kB, anon-rss:{num}kB",
        source: "kernel log",
      },
      { text: "java.lang.OutOfMemoryError: Java heap space", source: "application log" },
    ],
    diagrams: ["Pod memory over time reaching the limit"],
    components: ["JVM", "kubelet", "cgroup", "HPA"],
    patterns: ["health-check-restart-loop"],
    limits: [],
    tags: ["oom", "memory", "java", "restart"],
  }),
  family({
    key: "etcd",
    provider: anyCloud,
    titles: [
      "etcd database space exceeded: the API server stops accepting writes",
      "Slow etcd disks make the control plane time out",
    ],
    summaries: [
      "etcd reached its space quota and raised a NOSPACE alarm.",
      "Deployments of {service} hung because the API server could not write.",
    ],
    impacts: ["No deploys or scaling for the whole cluster."],
    triggers: ["Event churn from a crash-looping operator filled etcd."],
    rootCauses: [
      "Compaction and defragmentation were not scheduled.",
      "etcd ran on network disks with high fsync latency.",
    ],
    detections: ["kubectl apply timed out for the on-call engineer."],
    mitigations: ["Compacted, defragmented and disarmed the alarm."],
    lessons: ["etcd maintenance is not optional."],
    factors: ["No etcd size alert.", "Slow disks under etcd."],
    actions: ["Schedule etcd defragmentation", "Move etcd to local SSD"],
    signatures: [
      { text: "etcdserver: mvcc: database space exceeded", source: "API server" },
      { text: "etcdserver: request timed out", source: "API server" },
      { text: "alarm:NOSPACE", source: "etcdctl" },
    ],
    diagrams: ["API server to etcd with a NOSPACE alarm"],
    components: ["etcd", "kube-apiserver", "control plane"],
    patterns: ["control-plane-partition"],
    limits: [],
    tags: ["etcd", "control-plane", "quota"],
  }),
  family({
    key: "disk-full",
    provider: anyCloud,
    titles: [
      "Nodes evict {service} pods when the disk fills with logs",
      "Database volume of {service} runs out of space",
    ],
    summaries: [
      "Container logs filled the node disk and the kubelet evicted pods.",
      "The volume had no autoscaling and no alert.",
    ],
    impacts: ["{service} was unavailable until space was freed."],
    triggers: ["A debug log level was left on in production."],
    rootCauses: ["Log rotation was missing for one sidecar.", "The disk usage alert threshold was 95%."],
    detections: ["Pods were Evicted with DiskPressure."],
    mitigations: ["Deleted old logs and lowered the log level."],
    lessons: ["Debug logging needs an expiry."],
    factors: ["No log rotation.", "Alert threshold too high."],
    actions: ["Enforce log rotation", "Alert on disk usage at 80%"],
    signatures: [
      { text: "No space left on device", source: "application" },
      {
        text: "The node was low on resource: ephemeral-storage. Container {service} was using {num}Ki, which exceeds its request of 0.",
        source: "kubelet",
      },
      { text: "磁盘空间不足", source: "console" },
    ],
    diagrams: ["Node disk filling up with container logs"],
    components: ["kubelet", "containerd", "log sidecar", "EBS volume"],
    patterns: ["health-check-restart-loop"],
    limits: [],
    tags: ["disk", "eviction", "logging"],
  }),
  family({
    key: "conntrack",
    provider: anyCloud,
    titles: ["conntrack table full drops packets for {service}", "Packet loss on busy nodes: nf_conntrack table full"],
    summaries: [
      "A burst of short connections filled the conntrack table on the nodes running {service}.",
      "New connections were dropped silently.",
    ],
    impacts: ["Random timeouts for {service} callers."],
    triggers: ["A batch job opened thousands of short connections."],
    rootCauses: ["nf_conntrack_max was left at the default.", "Keep-alive was disabled in the client."],
    detections: ["Timeouts with no errors on the server side."],
    mitigations: ["Raised nf_conntrack_max and enabled keep-alive."],
    lessons: ["Kernel tables are capacity too."],
    factors: ["Default conntrack size.", "No node-level network alerts."],
    actions: ["Alert on conntrack usage", "Enable keep-alive in clients"],
    signatures: [
      { text: "nf_conntrack: table full, dropping packet", source: "kernel log" },
      { text: "connect: cannot assign requested address", source: "client" },
    ],
    diagrams: ["Client connections through conntrack on the node"],
    components: ["conntrack", "iptables", "kube-proxy", "node"],
    patterns: ["ipvs-stale-real-server"],
    limits: ["linux-ephemeral-port-range", "linux-tcp-time-wait-2msl"],
    tags: ["conntrack", "network", "kernel"],
  }),
  family({
    key: "image-pull",
    provider: anyCloud,
    titles: [
      "Deploy of {service} blocked: registry rate limit",
      "Pods of {service} stuck in ImagePullBackOff after registry credentials expired",
    ],
    summaries: [
      "Nodes pulled images anonymously and hit the registry rate limit.",
      "The pull secret expired during a scale-out.",
    ],
    impacts: ["New pods of {service} could not start; existing ones kept serving."],
    triggers: ["A cluster-wide node replacement pulled every image at once."],
    rootCauses: ["No registry mirror in the region.", "Pull secrets were rotated by hand."],
    detections: ["Pods stuck in ImagePullBackOff."],
    mitigations: ["Switched to the regional mirror and refreshed the secret."],
    lessons: ["Registries are a dependency of every deploy."],
    factors: ["No pull-through cache.", "Manual secret rotation."],
    actions: ["Run a pull-through registry cache", "Automate pull secret rotation"],
    signatures: [
      { text: "ErrImagePull", source: "kubectl" },
      { text: "ImagePullBackOff", source: "kubectl" },
      { text: "toomanyrequests: You have reached your pull rate limit.", source: "registry" },
    ],
    diagrams: ["Nodes pulling from a remote registry"],
    components: ["container registry", "kubelet", "containerd", "node group"],
    patterns: ["spot-capacity-stockout"],
    limits: [],
    tags: ["registry", "image-pull", "deploy"],
  }),
  family({
    key: "api-throttle",
    provider: cloud("Alibaba Cloud", "AWS", "Tencent Cloud", "Huawei Cloud"),
    titles: [
      "Cloud API throttling stops the autoscaler for {service}",
      "{service} controller hits the cloud API rate limit",
    ],
    summaries: [
      "A controller retried without backoff and exhausted the account's API rate limit.",
      "The cluster autoscaler could not add nodes.",
    ],
    impacts: ["Scaling of {service} stalled during the peak."],
    triggers: ["A misconfigured controller looped on describe calls."],
    rootCauses: ["No client-side rate limiting.", "All clusters shared one account quota."],
    detections: ["Autoscaler errors in the logs."],
    mitigations: ["Stopped the controller and requested a higher API quota."],
    lessons: ["Cloud API quotas are shared by everything in the account."],
    factors: ["Retries without backoff.", "Shared account quota."],
    actions: ["Add exponential backoff to controllers", "Split accounts per environment"],
    signatures: [
      { text: "Throttling: Rate exceeded", source: "cloud API" },
      { text: "429 Too Many Requests", source: "API gateway" },
      { text: "请求过于频繁,请稍后再试", source: "console" },
      { text: "QuotaExceeded.Eip: 配额不足", source: "cloud API" },
    ],
    diagrams: ["Controllers sharing one cloud API quota"],
    components: ["cluster autoscaler", "cloud API", "controller"],
    patterns: ["lb-quota-exhaustion"],
    limits: [],
    tags: ["throttling", "quota", "cloud-api"],
  }),
  family({
    key: "istio-sidecar",
    provider: anyCloud,
    titles: [
      "Istio sidecars cannot reach istiod: every {service} pod crash-loops",
      "Envoy rejects traffic to {service} during a mesh upgrade",
    ],
    summaries: [
      "Sidecars got no xDS configuration and failed their readiness checks.",
      "A mesh upgrade changed the health-check port of {service}.",
    ],
    impacts: ["All traffic inside the mesh to {service} failed."],
    triggers: ["An istiod upgrade.", "A network change isolated istiod."],
    rootCauses: [
      "Sidecars could not resolve istiod.istio-system.svc.",
      "The health check hit the sidecar, which answered ConnectionRefused.",
    ],
    detections: ["Every pod in the namespace went into CrashLoopBackOff."],
    mitigations: ["Moved traffic to another cluster and restarted istiod."],
    lessons: ["The mesh control plane is part of the data path at startup."],
    factors: ["Single istiod replica.", "Health checks through the sidecar."],
    actions: ["Run istiod with three replicas", "Rewrite probes with holdApplicationUntilProxyStarts"],
    signatures: [
      {
        text: "upstream connect error or disconnect/reset before headers. reset reason: connection failure",
        source: "Envoy",
      },
      { text: "CrashLoopBackOff", source: "kubectl" },
      { text: "ConnectionRefused", source: "kubelet probe" },
      { text: "istiod.istio-system.svc", source: "sidecar log" },
    ],
    diagrams: ["Sidecars to istiod across a partition"],
    components: ["Istio", "istiod", "Envoy sidecar", "kubelet health checks"],
    patterns: ["health-check-restart-loop", "cluster-dns-loss", "control-plane-partition"],
    limits: [],
    tags: ["istio", "envoy", "sidecar", "crashloopbackoff"],
  }),
  family({
    key: "db-connections",
    provider: anyCloud,
    titles: [
      "{service} cannot connect to PostgreSQL: too many clients",
      "Connection storm from {service} exhausts the database",
    ],
    summaries: [
      "Every new pod of {service} opened a full connection pool.",
      "The database refused new connections during a scale-out.",
    ],
    impacts: ["{service} returned 500 for every request needing the database."],
    triggers: ["The HPA scaled {service} from 10 to 60 pods."],
    rootCauses: ["Pool size times pods exceeded max_connections.", "No connection pooler in front of the database."],
    detections: ["Database connection errors in the application log."],
    mitigations: ["Added PgBouncer and reduced the pool size."],
    lessons: ["Connection limits scale with pods, not traffic."],
    factors: ["No pooler.", "HPA max not aligned with database limits."],
    actions: ["Run PgBouncer in transaction mode", "Cap HPA max replicas"],
    signatures: [
      { text: "FATAL: sorry, too many clients already", source: "PostgreSQL" },
      {
        text: "FATAL: remaining connection slots are reserved for non-replication superuser connections",
        source: "PostgreSQL",
      },
      { text: "HikariPool-1 - Connection is not available, request timed out after 30000ms.", source: "application" },
    ],
    diagrams: ["Pods to PostgreSQL without a pooler"],
    components: ["PostgreSQL", "HikariCP", "HPA", "PgBouncer"],
    patterns: ["health-check-restart-loop"],
    limits: [],
    tags: ["database", "postgres", "connections"],
  }),
  family({
    key: "probe-fail",
    provider: anyCloud,
    titles: [
      "Readiness probes of {service} fail under load and take it out of the Service",
      "Liveness probe restarts {service} during a slow dependency",
    ],
    summaries: [
      "The probe called a dependency and timed out when it was slow.",
      "Kubernetes restarted healthy pods of {service} in a loop.",
    ],
    impacts: ["Capacity of {service} dropped by half during the peak."],
    triggers: ["A slow downstream dependency."],
    rootCauses: ["The liveness probe checked downstream health.", "Probe timeouts were 1 second."],
    detections: ["Restart counts rose across the deployment."],
    mitigations: ["Made the liveness probe local and raised timeouts."],
    lessons: ["Liveness checks must not depend on other services."],
    factors: ["Probe depended on the database.", "Short probe timeouts."],
    actions: ["Separate liveness from readiness", "Review probe timeouts"],
    signatures: [
      { text: "Readiness probe failed: HTTP probe failed with statuscode: 503", source: "kubelet" },
      {
        text: 'Liveness probe failed: Get "http://{ip}:{port}/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        source: "kubelet",
      },
      { text: "Back-off restarting failed container", source: "kubelet" },
    ],
    diagrams: ["kubelet probing a pod that calls the database"],
    components: ["kubelet", "health check", "Deployment"],
    patterns: ["health-check-restart-loop"],
    limits: [],
    tags: ["health-check", "probes", "restart"],
  }),
  family({
    key: "node-notready",
    provider: anyCloud,
    titles: [
      "Nodes go NotReady after a network change and {service} pods are evicted",
      "Control plane partitioned from workers during maintenance",
    ],
    summaries: [
      "The control plane lost contact with the nodes and started evicting pods after five minutes.",
      "Pods of {service} were rescheduled onto the masters.",
    ],
    impacts: ["{service} was down until the nodes came back."],
    triggers: ["Planned switch maintenance in the datacenter."],
    rootCauses: ["Node leases expired while the network was cut.", "Taint-based eviction rescheduled critical pods."],
    detections: ["NodeNotReady events for every node."],
    mitigations: ["Restored the network and deleted the misplaced pods."],
    lessons: ["Maintenance needs a plan for the control plane."],
    factors: ["No maintenance runbook.", "Eviction timeouts at defaults."],
    actions: ["Raise tolerationSeconds for critical pods", "Write a cutover runbook"],
    signatures: [
      { text: "NodeNotReady", source: "node event" },
      { text: "node.kubernetes.io/unreachable:NoExecute", source: "taint" },
      { text: "Kubelet stopped posting node status.", source: "node condition" },
    ],
    diagrams: ["Masters cut off from workers"],
    components: ["kube-controller-manager", "kubelet", "leaf switches", "BGP"],
    patterns: ["control-plane-partition", "cluster-dns-loss"],
    limits: ["kubernetes-node-unreachable-pod-eviction"],
    tags: ["network", "control-plane", "eviction"],
  }),
];

export const genericTimeline = [
  "The on-call engineer of the {team} team acknowledged the page.",
  "An incident channel was opened and the incident commander assigned.",
  "Customer support reported complaints about {service}.",
  "A status page update was posted.",
  "The team checked recent deploys of {service} and found none related.",
  "Dashboards showed error rates rising in {region}.",
];

export const genericFactors = [
  "The runbook for {service} was out of date.",
  "Alerts went to a channel nobody watched at night.",
  "The change was not announced to the {team} team.",
];

export const genericLessons = {
  well: [
    "The incident commander kept the channel focused.",
    "Rollback tooling worked as expected.",
    "Customer communication was quick and clear.",
  ],
  wrong: [
    "Diagnosis took long because logs were spread across systems.",
    "The first hypothesis was wrong and cost time.",
    "Paging reached the wrong team first.",
  ],
  lucky: ["The outage happened outside the peak.", "A team member recognised the error from an earlier incident."],
};
