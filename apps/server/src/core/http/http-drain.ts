import net from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface DrainResult {
  /** Connections still open at the deadline, destroyed then (their requests were cut). */
  forced: number;
}

export interface HttpDrain {
  /**
   * Stops accepting connections and lets the open ones finish: each request in flight gets its
   * response (with `Connection: close`), a request that arrives on a kept-alive connection is
   * still served (also with `Connection: close`), and a connection that stays idle for
   * `idleGraceMs` is closed. Whatever is open at `deadline` (epoch ms) is destroyed.
   */
  drain(deadline: number, idleGraceMs?: number): Promise<DrainResult>;
}

/**
 * Tracks the server's connections from the start so that shutdown can drain them.
 *
 * Node's own `server.close()` destroys idle keep-alive connections at once. "Idle" there
 * means no request parsed yet, so a connection whose next request already sits in the
 * socket buffer counts as idle and that request is reset: under load that was several
 * requests per shutdown. Here the listener is closed without that step, and an idle
 * connection only closes after staying idle for a grace period.
 */
export function trackConnections(server: Server): HttpDrain {
  const busy = new Map<Socket, number>();
  const open = new Set<ServerResponse>();
  const idleTimers = new Map<Socket, NodeJS.Timeout>();
  let draining: { idleGraceMs: number } | null = null;
  let closed: Promise<void> | null = null;

  const closeWhenIdle = (socket: Socket) => {
    if (!draining || busy.get(socket) || idleTimers.has(socket) || socket.destroyed) return;
    const timer = setTimeout(() => {
      idleTimers.delete(socket);
      if (!busy.get(socket)) socket.destroy();
    }, draining.idleGraceMs);
    timer.unref();
    idleTimers.set(socket, timer);
  };

  server.on('connection', (socket: Socket) => {
    busy.set(socket, 0);
    socket.once('close', () => {
      busy.delete(socket);
      clearTimeout(idleTimers.get(socket));
      idleTimers.delete(socket);
    });
  });
  // before the app's own listener, so that `Connection: close` goes out with the headers
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    clearTimeout(idleTimers.get(socket));
    idleTimers.delete(socket);
    open.add(res);
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      open.delete(res);
      busy.set(socket, Math.max(0, (busy.get(socket) ?? 1) - 1));
      closeWhenIdle(socket);
    });
  });

  return {
    async drain(deadline, idleGraceMs = 1000) {
      if (!draining) {
        draining = { idleGraceMs };
        for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close');
        for (const socket of busy.keys()) closeWhenIdle(socket);
      }
      // net's close, not http's: see above. Its callback runs once every connection is gone.
      closed ??= new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()));
      });
      const outcome = await Promise.race([closed, timedOut]);
      clearTimeout(timer);
      if (outcome !== 'timeout') return { forced: 0 };
      const forced = busy.size;
      server.closeAllConnections();
      for (const socket of busy.keys()) socket.destroy(); // upgraded or not-yet-parsed connections too
      await closed;
      return { forced };
    },
  };
}
