import type { Request, Response } from 'express';
import { isApiKeyToken } from '../auth/tokens.ts';

export const SESSION_COOKIE = 'panorama_session';

/** httpOnly, SameSite=Lax; with Apollo's CSRF prevention a cross-site form cannot use it. */
export function setSessionCookie(res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.COOKIE_SECURE === 'true',
    expires: expiresAt,
    path: '/',
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The bearer token (a session token or an API key) from `Authorization: Bearer …`, else the session cookie's: never an API key. */
export function tokenFromRequest(req: Request): string | null {
  const header = req.get('authorization');
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookies = req.get('cookie');
  if (!cookies) return null;
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    const token = decodeURIComponent(rest.join('='));
    return isApiKeyToken(token) ? null : token;
  }
  return null;
}
