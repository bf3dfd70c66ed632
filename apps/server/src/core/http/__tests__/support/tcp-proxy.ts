import net from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of PostgreSQL, standing in for the network and the
 * database server we cannot break on purpose: `down` refuses new connections and cuts the
 * open ones (a stopped server), `frozen` accepts but forwards no byte in either direction
 * (a hung server or a dead link), `up` forwards again (a frozen pair resumes where it was).
 */
export interface TcpProxy {
  port: number;
  setMode(mode: 'up' | 'down' | 'frozen'): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: 'up' | 'down' | 'frozen' = 'up';
  const pairs = new Set<[net.Socket, net.Socket]>();
  const server = net.createServer((client) => {
    if (mode === 'down') return void client.destroy();
    const upstream = net.connect(target.port, target.host);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    if (mode === 'frozen') pause(pair);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    setMode(next) {
      mode = next;
      for (const pair of pairs) {
        if (next === 'down') pair.forEach((s) => s.destroy());
        else if (next === 'frozen') pause(pair);
        else pair.forEach((s) => s.resume());
      }
    },
    async close() {
      for (const pair of pairs) pair.forEach((s) => s.destroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Stops reading on both sides, so nothing more is forwarded. (pipe() resumes a source only after backpressure, which PostgreSQL's small messages never build here.) */
function pause(pair: [net.Socket, net.Socket]): void {
  pair.forEach((s) => s.pause());
}
