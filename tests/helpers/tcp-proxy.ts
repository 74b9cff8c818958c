// A TCP proxy in front of a server (PostgreSQL here), to cut a connection and
// keep it cut for as long as a test needs, with no race against a reconnect.
import net from 'node:net';

export type TcpProxy = {
  port: number;
  /** The URL with its host and port replaced by the proxy's. */
  url(direct: string): string;
  /** Cuts every connection and refuses new ones until restore(). */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
};

export async function startProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url(direct) {
      const proxied = new URL(direct);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(port);
      return proxied.toString();
    },
    cut() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      open = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A proxy in front of the PostgreSQL server a URL names. */
export function proxyFor(url: string): Promise<TcpProxy> {
  const direct = new URL(url);
  return startProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
}
