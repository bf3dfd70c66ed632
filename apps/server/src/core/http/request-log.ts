import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../log/logger.ts';
import { currentRequest, operationForLog, requestIdFrom, runInRequest, type RequestContext } from '../log/request-context.ts';
import { routeLabel } from './metrics.ts';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id (the client's X-Request-Id when it is sane, else a new one), sends
 * it back in the X-Request-Id header, makes it the request's context for the log and the error
 * responses, and writes one access-log line when the response is done: method, route label,
 * status, duration and id. Never bodies, query strings or headers (tokens travel in them).
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const route = routeLabel(req.path); // now: a mounted router (app.use('/graphql', …)) rewrites req.path for its handlers
    const context: RequestContext = { requestId: requestIdFrom(req.headers['x-request-id']) };
    res.locals.requestContext = context;
    res.setHeader(REQUEST_ID_HEADER, context.requestId);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const line = {
        requestId: context.requestId,
        method: req.method,
        route,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        ...(context.operation ? { operation: context.operation } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      log.info(line, 'request');
    };
    res.once('finish', done);
    res.once('close', done);
    runInRequest(context, next);
  };
}

/**
 * Re-enters the request's context after the body was read: body parsing resumes the chain
 * from a stream event, which runs outside the context `requestLog` opened. Also notes the
 * GraphQL operation name for the log.
 */
export function keepRequestContext(req: Request, res: Response, next: NextFunction): void {
  const context = (res.locals.requestContext as RequestContext | undefined) ?? currentRequest();
  if (!context) return next();
  const operation = operationForLog((req.body as { operationName?: unknown } | undefined)?.operationName);
  if (operation) context.operation = operation;
  runInRequest(context, next);
}

/** Notes the operation GraphQL resolved (the client may name it only in the document) for the log. */
export function operationNamePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const context = currentRequest();
          const operation = operationForLog(operationName);
          if (context && operation) context.operation = operation;
        },
      };
    },
  };
}
