import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { createContext } from '../../context.ts';
import { createLoaders } from '../../loaders.ts';
import type { Services } from '../../services.ts';
import type { Db } from '../db/database.ts';
import type { Viewer } from '../auth/viewer.ts';
import { viewerCan } from '../auth/permissions.ts';
import { AppError, unauthenticated } from '../errors/app-error.ts';
import { makeFormatError } from '../errors/format-error.ts';
import { tokenFromRequest } from '../http/session-cookie.ts';
import { ExportAuditRepository } from './export-audit.repository.ts';
import { exportQuery } from './export-query.ts';
import { ClientGone, csvWriter, xlsxWriter } from './export-writers.ts';
import { PageFailed, pageSource, streamPages } from './export-stream.ts';
import { EXPORT_LISTS } from './export-registry.ts';
import { EXPORT_LOCALES, type ExportFormat, type ExportLocale, type ListExport } from './export.types.ts';
import {
  badFilterJson, badFormat, badLocale, csrfHeaderMissing, exportForbidden, unknownArgument, unknownList,
} from './export.errors.ts';

export interface ExportDeps {
  db: Db;
  schema: GraphQLSchema;
  services: Services;
  production: boolean;
  lists?: readonly ListExport[];
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, RATE_LIMITED: 429 };

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The request's export settings, or the AppError that names the bad parameter. */
function exportParams(req: Request, list: ListExport, viewer: Viewer, argNames: readonly string[]) {
  const format = String(req.query.format ?? 'csv');
  if (format !== 'csv' && format !== 'xlsx') throw badFormat();
  const locale = String(req.query.locale ?? viewer.locale);
  if (!EXPORT_LOCALES.includes(locale as ExportLocale)) throw badLocale();
  let args: unknown = {};
  if (req.query.filter !== undefined) {
    try {
      args = JSON.parse(String(req.query.filter));
    } catch {
      throw badFilterJson();
    }
  }
  if (args === null || typeof args !== 'object' || Array.isArray(args)) throw badFilterJson();
  for (const key of Object.keys(args)) if (!argNames.includes(key)) throw unknownArgument(key, argNames);
  if (!viewerCan(viewer, list.permission)) throw exportForbidden(list.permission);
  return { format: format as ExportFormat, locale: locale as ExportLocale, args: args as Record<string, unknown> };
}

/** `attachment` with an ASCII name and the viewer-language name (RFC 6266 / 5987). */
function disposition(list: ListExport, locale: ExportLocale, format: ExportFormat): string {
  const day = new Date().toISOString().slice(0, 10);
  return `attachment; filename="${list.name}-${day}.${format}"; filename*=UTF-8''${encodeURIComponent(`${list.title[locale]}-${day}.${format}`)}`;
}

/**
 * `GET /export/:list?format=csv|xlsx&filter=<JSON of the list's arguments>&locale=zh-CN|en`
 *
 * Authenticated like /graphql (bearer session token or API key, or the session cookie with
 * an `X-Requested-With` header). The rows are the list's own GraphQL field's, page by page,
 * streamed with back-pressure; `X-Total-Count` announces the rows before the first one.
 * GET, not POST: it is a read that a link, a script or `curl -O` can repeat, and the
 * filter is small. Errors before the first byte answer in GraphQL's error shape.
 */
export function exportHandler(deps: ExportDeps): RequestHandler {
  const lists = deps.lists ?? EXPORT_LISTS;
  const audit = new ExportAuditRepository(deps.db);
  const formatError = makeFormatError(deps.production);
  const fail = (res: Response, errors: GraphQLFormattedError[]) => {
    const shown = errors.map(formatError);
    res.status(STATUS[String(shown[0]?.extensions?.code)] ?? 500).json({ errors: shown });
  };

  return async (req, res) => {
    let streaming = false;
    try {
      const token = tokenFromRequest(req);
      const viewer = token ? await deps.services.auth.viewerForToken(token) : null;
      if (!viewer) throw unauthenticated();
      if (!req.get('authorization') && !req.get('x-requested-with')) throw csrfHeaderMissing();
      const name = String(req.params.list);
      const list = lists.find((l) => l.name === name);
      if (!list) throw unknownList(name, lists.map((l) => l.name));
      const query = exportQuery(deps.schema, list);
      const { format, locale, args } = exportParams(req, list, viewer, query.argNames);

      const context = createContext(deps.db, deps.services, viewer, req, res);
      // each page: the request's viewer and scope, fresh loaders (memory stays one page deep)
      const source = pageSource(deps.schema, query, args, () => ({ ...context, loaders: createLoaders(deps.services, context.scope) }));
      const first = await source.page(null);

      await audit.record(await context.scope(), { actorId: viewer.id, list: list.name, format, filter: args, rows: first.totalCount });
      res.status(200);
      res.set({
        'Content-Type': CONTENT_TYPE[format],
        'Content-Disposition': disposition(list, locale, format),
        'X-Total-Count': String(first.totalCount),
        'Access-Control-Expose-Headers': 'X-Total-Count, Content-Disposition',
        'Cache-Control': 'no-store',
      });
      res.flushHeaders();
      streaming = true;
      let closed = false;
      res.on('close', () => (closed = !res.writableFinished));
      const writer = format === 'csv' ? csvWriter(res) : xlsxWriter(res, list.title[locale]);
      await streamPages(list, locale, first, source, writer, () => closed);
    } catch (error) {
      if (error instanceof ClientGone) return;
      if (streaming) {
        // the status is sent: cut the body short so the download fails instead of looking complete
        console.error('export failed while streaming', error);
        res.destroy(error as Error);
        return;
      }
      if (error instanceof PageFailed) return fail(res, error.formatted());
      if (error instanceof AppError) return fail(res, [error.toJSON()]);
      console.error('export failed', error);
      fail(res, [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    }
  };
}
