import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What the log and the error responses know about the request being served. */
export interface RequestContext {
  requestId: string;
  /** The GraphQL operation name the client sent (log only: never a metrics label). */
  operation?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The request this code runs for, if any (undefined at start-up and in background jobs). */
export const currentRequest = (): RequestContext | undefined => storage.getStore();

export const runInRequest = <T>(context: RequestContext, fn: () => T): T => storage.run(context, fn);

/** A client's own id is kept when it is short and plain (it lands in logs and headers); otherwise a new one. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,64}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** A client-chosen operation name as it may appear in a log line: bounded, printable. */
export function operationForLog(name: unknown): string | undefined {
  if (typeof name !== 'string' || !name) return undefined;
  return name.replace(/[^\w.-]/g, '_').slice(0, 100);
}
