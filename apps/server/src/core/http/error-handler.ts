import type { NextFunction, Request, Response } from 'express';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { DATABASE_UNAVAILABLE } from '../errors/database-unavailable.ts';
import type { Logger } from '../log/logger.ts';
import type { RequestContext } from '../log/request-context.ts';
import { routeLabel } from './metrics.ts';

interface HttpError {
  status?: number;
  type?: string;
  message?: string;
}

/**
 * The last Express handler: body too large, malformed JSON and errors of plain routes, in
 * GraphQL's error shape with the request id. A database outage answers 503 with Retry-After;
 * anything else of ours (5xx) is logged with the request id and stack and answered without them.
 */
export function errorHandler(log: Logger, { bodyLimit, retryAfterSeconds }: { bodyLimit: string; retryAfterSeconds: number }) {
  return (err: HttpError, req: Request, res: Response, _next: NextFunction) => {
    const context = res.locals.requestContext as RequestContext | undefined;
    const requestId = context?.requestId;
    if (isDatabaseUnavailable(err)) {
      log.error({ requestId, route: routeLabel(req.path), code: DATABASE_UNAVAILABLE, err }, 'internal error');
      res.status(503).setHeader('Retry-After', String(retryAfterSeconds));
      return void res.json({ errors: [{ message: 'The database is unavailable; try again shortly', extensions: { code: DATABASE_UNAVAILABLE, retryAfterSeconds, requestId } }] });
    }
    const status = err.status ?? 500;
    const code = status === 413 ? 'BAD_USER_INPUT' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = status === 413 ? `Request body is larger than ${bodyLimit}` : status < 500 ? (err.message ?? 'Bad request') : 'Internal server error';
    if (status >= 500) log.error({ requestId, route: routeLabel(req.path), code, err }, 'internal error');
    if (res.headersSent) return void res.destroy(); // a stream broke half-way: nothing sensible left to send
    res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}
