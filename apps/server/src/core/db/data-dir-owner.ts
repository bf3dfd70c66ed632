/**
 * One process at a time in an embedded (PGlite) data directory: two engines writing the
 * same files would corrupt it. The owner listens on a Unix socket `<data dir>.sock` (mode
 * 0600: only its account can talk to it); a second server, or a
 * backup or restore command, finds the socket answering and does not open the files.
 * The running server answers a backup request on it, which is how `pnpm db:backup`
 * copies an embedded database without stopping the server.
 *
 * Protocol: the client writes one command line; the owner answers `OK\n` followed by the
 * payload, or `ERR <message>\n`, then closes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DbError } from './db.errors.ts';

export type OwnerHandler = (command: string, reply: net.Socket) => Promise<void>;

export interface DataDirOwner {
  /** Answers commands from other processes (the server: backups). Others get "busy". */
  serve(handler: OwnerHandler): void;
  release(): Promise<void>;
}

/**
 * Beside the directory, not in it (a backup tars the directory, and a restore swaps it).
 * Unix socket paths are limited to ~107 bytes: a long path gets a hashed socket in the temp dir.
 */
export function ownerSocketPath(dataDir: string): string {
  const beside = `${path.resolve(dataDir)}.sock`;
  if (process.platform === 'win32') return `\\\\.\\pipe\\panorama-${hash(dataDir)}`;
  return beside.length <= 100 ? beside : path.join(os.tmpdir(), `panorama-${hash(dataDir)}.sock`);
}

const hash = (dataDir: string) => createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);

/** Claims `dataDir` for this process, or throws DB_DATA_DIR_IN_USE naming who holds it. */
export async function claimDataDir(dataDir: string, role: string): Promise<DataDirOwner> {
  fs.mkdirSync(dataDir, { recursive: true });
  const socketPath = ownerSocketPath(dataDir);
  let handler: OwnerHandler = async (_command, reply) => void reply.end(`ERR busy: ${role} (pid ${process.pid}) holds ${dataDir}\n`);
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    let line = '';
    const onData = (chunk: Buffer) => {
      line += chunk.toString('utf8');
      const end = line.indexOf('\n');
      if (end < 0) return;
      socket.off('data', onData);
      const command = line.slice(0, end).trim();
      if (command === 'who') return void socket.end(`OK\n${role} (pid ${process.pid})`);
      handler(command, socket).catch((err: unknown) => socket.end(`ERR ${err instanceof Error ? err.message : String(err)}\n`));
    };
    socket.on('data', onData);
  });
  await listenOrExplain(server, socketPath, dataDir);
  if (process.platform !== 'win32') fs.chmodSync(socketPath, 0o600);
  const inode = process.platform === 'win32' ? 0 : fs.statSync(socketPath).ino;
  server.unref();
  return {
    serve: (h) => void (handler = h),
    release: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Only our own socket: a restore may have moved the directory, and a new owner may be listening there.
      try {
        if (process.platform !== 'win32' && fs.statSync(socketPath).ino === inode) fs.unlinkSync(socketPath);
      } catch {
        /* already gone */
      }
    },
  };
}

async function listenOrExplain(server: net.Server, socketPath: string, dataDir: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(socketPath, () => {
          server.off('error', reject);
          resolve();
        });
      });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt > 0) throw err;
      const holder = await askOwner(dataDir, 'who').then(readAll, () => null);
      if (holder !== null) {
        throw new DbError('DB_DATA_DIR_IN_USE', `The embedded database in ${dataDir} is in use by ${holder.toString('utf8') || 'another process'}.`);
      }
      fs.rmSync(socketPath, { force: true }); // left by a process that was killed
    }
  }
}

/**
 * Sends `command` to the process owning `dataDir`: its payload as a stream, null when no
 * process owns it, or a DbError with the owner's refusal.
 */
export function askOwner(dataDir: string, command: string): Promise<Readable | null> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(ownerSocketPath(dataDir));
    socket.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ECONNREFUSED') resolve(null);
      else reject(err);
    });
    socket.once('connect', () => socket.write(`${command}\n`));
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(10);
      if (end < 0) return;
      socket.off('data', onData);
      socket.pause();
      const status = head.subarray(0, end).toString('utf8');
      if (!status.startsWith('OK')) {
        socket.destroy();
        return reject(new DbError('DB_DATA_DIR_IN_USE', status.replace(/^ERR /, '')));
      }
      const rest = head.subarray(end + 1);
      if (rest.length) socket.unshift(rest);
      resolve(socket);
    };
    socket.on('data', onData);
    socket.once('end', () => reject(new DbError('DB_DATA_DIR_IN_USE', 'the process owning the data directory closed the connection')));
  });
}

async function readAll(stream: Readable | null): Promise<Buffer | null> {
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
