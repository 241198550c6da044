import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { freePort } from "@/lib/db/embedded";

export interface ReverseProxy {
  baseUrl: string;
  port: number;
  /** nginx's master process */
  pid: number;
  stop: () => Promise<void>;
}

/**
 * nginx (Debian's) in front of app instances on 127.0.0.1, configured as
 * docs/operations.md ("nginx in front") recommends: round robin, keep-alive to
 * the upstreams, `max_fails=0` (a database outage's 503s must not mark every
 * instance down), and a request that failed to reach one instance (refused,
 * reset, 502/503 before any answer) retried on the next; a POST or PATCH that
 * reached an instance is not sent again. Runs in the foreground of its own
 * directory, so tests never touch the machine's nginx.
 */
export async function startReverseProxy(upstreamPorts: number[]): Promise<ReverseProxy> {
  const dir = await mkdtemp(path.join(tmpdir(), "hindsight-nginx-"));
  // nginx's workers run as nobody: they must reach the temp directories.
  chmodSync(dir, 0o755);
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  const port = await freePort();
  const config = path.join(dir, "nginx.conf");
  writeFileSync(config, nginxConfig(dir, port, upstreamPorts));
  const child: ChildProcess = spawn("nginx", ["-p", dir, "-c", config, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const errors: string[] = [];
  child.stderr?.on("data", (d: Buffer) => errors.push(d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${errors.join("")}`);
    try {
      await fetch(`${baseUrl}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}: ${errors.join("")}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    baseUrl,
    port,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function nginxConfig(dir: string, port: number, upstreamPorts: number[]): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream hindsight {
${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 5m;
    location / {
      proxy_pass http://hindsight;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
    }
  }
}
`;
}
