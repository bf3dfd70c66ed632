import express, { type RequestHandler } from 'express';
import { tokenFromRequest } from '../../core/http/session-cookie.ts';
import type { AuthService } from '../auth/auth.service.ts';

/**
 * A file travels to previewImport/importRecords in base64 inside the GraphQL request, so
 * such a request outgrows the 1 MB every other request keeps: up to 45 MB (a 30 MB file
 * in base64, plus the query). Only for a signed-in principal that may import something,
 * checked before the body is read; anyone else keeps the 1 MB limit (the next parser).
 */
export const IMPORT_BODY_LIMIT = '45mb';
const SMALL = 1024 * 1024;

export function importBodyLimit(auth: Pick<AuthService, 'viewerForToken'>): RequestHandler {
  const large = express.json({ limit: IMPORT_BODY_LIMIT });
  return async (req, res, next) => {
    if (!(Number(req.headers['content-length'] ?? 0) > SMALL)) return next();
    const token = tokenFromRequest(req);
    const viewer = token ? await auth.viewerForToken(token).catch(() => null) : null;
    if (!viewer?.permissions.some((p) => p.endsWith(':import'))) return next();
    large(req, res, next);
  };
}
