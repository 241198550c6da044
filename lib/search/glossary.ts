/**
 * Cloud-console Chinese that on-call engineers paste, with the English our
 * postmortems are written in. A query containing a term also searches its
 * English, so `配额` finds the quota incidents written in English.
 */
export const cjkGlossary: ReadonlyArray<readonly [string, string]> = [
  ["配额", "quota"],
  ["限额", "quota limit"],
  ["额度", "quota"],
  ["上限", "limit"],
  ["库存不足", "out of stock"],
  ["库存", "stock"],
  ["售罄", "sold out"],
  ["抢占式实例", "preemptible instance"],
  ["抢占式", "preemptible"],
  ["竞价实例", "spot instance"],
  ["实例规格", "instance type"],
  ["实例", "instance"],
  ["可用区", "zone"],
  ["负载均衡", "load balancer"],
  ["后端服务器", "backend server"],
  ["监听", "listener"],
  ["健康检查", "health check"],
  ["连接被拒绝", "connection refused"],
  ["拒绝连接", "connection refused"],
  ["连接超时", "connection timeout"],
  ["超时", "timeout"],
  ["域名解析", "dns resolution"],
  ["解析失败", "dns resolution failed"],
  ["创建中", "creating"],
  ["节点", "node"],
  ["集群", "cluster"],
  ["容器", "container"],
  ["证书", "certificate"],
  ["过期", "expired"],
  ["内存", "memory"],
  ["磁盘", "disk"],
  ["网络", "network"],
  ["重启", "restart"],
  ["发布", "release"],
  ["回滚", "rollback"],
];

/** English expansions of the glossary terms found in a CJK run, longest first, without overlaps. */
export function glossaryExpansions(run: string): Array<{ term: string; english: string }> {
  const found: Array<{ term: string; english: string }> = [];
  let rest = run;
  for (const [term, english] of [...cjkGlossary].sort((a, b) => b[0].length - a[0].length)) {
    if (!rest.includes(term)) continue;
    found.push({ term, english });
    rest = rest.split(term).join("\u0000");
  }
  return found;
}
