import net from "node:net";

import { freePort } from "@/lib/db/embedded";

export interface CuttableLink {
  /** the database URL with the host and port of the link */
  url: string;
  /** drops every open connection and refuses new ones: to the app, the database is gone */
  cut: () => Promise<void>;
  /** accepts connections again on the same port */
  restore: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * A TCP link between the app and its database that a test can cut, for an
 * outage on both engines (PGlite cannot be stopped and started again under a
 * running app; a PostgreSQL server could, but this is the same for both). While
 * cut, nothing listens on its port: connecting is refused, as with a stopped server.
 */
export async function createCuttableLink(databaseUrl: string): Promise<CuttableLink> {
  const target = new URL(databaseUrl);
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });

  await listen();
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return { url: url.toString(), cut: stop, restore: listen, close: stop };
}
