import { ACCESS_MODULES, LEVELS, type AccessModule, type Level } from '../../core/access/levels.ts';
import { createHash } from 'node:crypto';
import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { hashToken, isApiKeyToken, newSessionToken } from '../../core/auth/tokens.ts';
import type { LiveSession } from './auth.repository.ts';
import { AppError, badInput, notFound, unauthenticated } from '../../core/errors/app-error.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../../core/auth/password.ts';
import { checkId, newId } from '../../core/ids.ts';
import type { UserRepository } from '../user/user.repository.ts';
import type { User } from '../user/user.type.ts';
import type { SessionRepository } from './auth.repository.ts';
import type { CountedAccount, SignInRepository } from './sign-in.repository.ts';
import type { SessionInfo } from './auth.type.ts';

export const MAX_FAILED_LOGINS = 10;
export const LOCKOUT_MINUTES = 15;
const TOUCH_EVERY_MS = 5 * 60_000;
/** An API key's `lastUsedAt` is written at most this often. */
const KEY_TOUCH_EVERY_MS = 60_000;
/** mySessions lists at most this many (scripts that sign in for every run pile sessions up). */
const MAX_LISTED_SESSIONS = 100;
export const SUPPORTED_LOCALES = ['zh-CN', 'en'];

// A real hash to compare against when the email is unknown, so timing does not reveal accounts.
let dummyHash: Promise<string> | undefined;

export interface AuthSettings {
  sessionTtlHours: number;
  signInLimitPerIp: number;
  signInLimitPerAccount: number;
  signInLimitWindowMinutes: number;
}

/** The one answer for a wrong password, an unknown email, an inactive and a locked account. */
const wrongCredentials = () => unauthenticated('Wrong email or password');

/** Counter keys hash the address and the email: the table never holds either. */
const limitKey = (kind: 'ip' | 'email', value: string) => `${kind}:${createHash('sha256').update(value).digest('hex')}`;

const normalizeEmail = (email: string) => email.trim().toLowerCase();

export class AuthService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly signIns: SignInRepository,
    private readonly settings: AuthSettings,
  ) {}

  /**
   * Signs in. Every refusal but the rate limit is the same UNAUTHENTICATED answer, so
   * nothing tells whether an account exists, is inactive or is locked; the rate limit
   * answers alike for existing and unknown emails.
   */
  async login(email: string, password: string, meta: { userAgent?: string; ip?: string }) {
    const normalized = normalizeEmail(email);
    const attempt = await this.countAttempt(normalized, meta.ip);
    const now = new Date();
    const account = await this.checkPassword(normalized, password, now);
    if (!account) throw wrongCredentials(); // one place, so not even a stack trace tells the cases apart
    if (attempt) await this.signIns.uncountWindowAttempts(attempt.keys, attempt.windowStart);
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.settings.sessionTtlHours * 3_600_000);
    await this.sessions.create({ id: newId(), tokenHash: hashToken(token), userId: account.id, expiresAt, userAgent: meta.userAgent?.slice(0, 300), ip: meta.ip });
    const updated = await this.users.recordSignIn(account.id, now);
    return { token, expiresAt, user: updated };
  }

  /**
   * The account when the password is right; null for a wrong password and for an unknown,
   * inactive or locked account, after the same work (a password hash is checked either way).
   */
  private async checkPassword(email: string, password: string, now: Date): Promise<CountedAccount | null> {
    const lockUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
    const account = await this.signIns.countAccountAttempt(email, MAX_FAILED_LOGINS, now, lockUntil);
    if (!account) {
      await verifyPassword(await (dummyHash ??= hashPassword('not-a-password')), password);
      return null;
    }
    if (await verifyPassword(account.passwordHash, password)) return account;
    if (account.lockedNow) await this.signIns.recordLocked(account.id);
    return null;
  }

  /**
   * Counts the attempt against the client address and the email string (whether or not an
   * account has it); RATE_LIMITED once either is over its limit in the current window.
   * Returns what to take back when the sign-in succeeds: only failures stay counted.
   */
  private async countAttempt(email: string, ip: string | undefined): Promise<{ keys: string[]; windowStart: Date } | null> {
    const { signInLimitPerIp: perIp, signInLimitPerAccount: perAccount, signInLimitWindowMinutes: minutes } = this.settings;
    const limits = new Map<string, number>();
    if (perIp > 0 && ip) limits.set(limitKey('ip', ip), perIp);
    if (perAccount > 0) limits.set(limitKey('email', email), perAccount);
    if (limits.size === 0 || !(minutes > 0)) return null;
    const counts = await this.signIns.countWindowAttempts([...limits.keys()], Math.round(minutes * 60));
    const over = counts.filter((c) => c.count > limits.get(c.key)!);
    if (over.length) {
      const retryAfterSeconds = Math.max(...over.map((c) => c.retryAfterSeconds));
      throw new AppError('RATE_LIMITED', 'Too many sign-in attempts; try again later', { retryAfterSeconds });
    }
    return { keys: counts.map((c) => c.key), windowStart: counts[0].windowStart };
  }

  /**
   * The viewer behind a bearer token (a session token or an API key), or null. One statement;
   * a session's `lastSeenAt` is refreshed at most every 5 minutes.
   */
  async viewerForToken(token: string): Promise<Viewer | null> {
    if (isApiKeyToken(token)) return this.viewerForApiKey(token);
    const session = await this.sessions.findLive(hashToken(token));
    if (!session) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await this.sessions.touch(session.id);
    return toViewer(session, { sessionId: session.id, apiKeyId: null });
  }

  /**
   * The owner of a live API key, acting with the key's scopes that their role grants now (a
   * narrowed role narrows every key at once) and the owner's visibility. A revoked or expired
   * key, or one of an inactive user, is null: the same answer as a wrong token.
   * `lastUsedAt` is written at most once a minute.
   */
  private async viewerForApiKey(key: string): Promise<Viewer | null> {
    const row = await this.sessions.findLiveApiKey(hashToken(key));
    if (!row) return null;
    const now = new Date();
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= KEY_TOUCH_EVERY_MS) {
      await this.sessions.touchApiKey(row.id, now, new Date(now.getTime() - KEY_TOUCH_EVERY_MS));
    }
    const granted = new Set(row.permissions ?? []);
    return toViewer({ ...row, permissions: row.scopes.filter((scope) => granted.has(scope)) }, { sessionId: null, apiKeyId: row.id });
  }

  /** A user as a Viewer without a session: for work no request starts (scheduled sweeps, tests). */
  viewerForUser(userId: string): Promise<Viewer> {
    return loadViewer(this.sessions, userId);
  }

  async logout(viewer: Viewer, scope: Scope): Promise<boolean> {
    if (viewer.sessionId) await this.sessions.revoke(scope, viewer.sessionId);
    return true;
  }

  async setLocale(viewer: Viewer, locale: string): Promise<User> {
    if (!SUPPORTED_LOCALES.includes(locale)) throw badInput('locale', `must be one of ${SUPPORTED_LOCALES.join(', ')}`);
    return this.users.updateOwn(viewer.id, { locale });
  }

  /** Changes the viewer's password and ends their other sessions (this one stays signed in). */
  async changePassword(viewer: Viewer, scope: Scope, currentPassword: string, newPassword: string): Promise<boolean> {
    const user = await this.users.findForLogin(viewer.email);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) throw badInput('currentPassword', 'is wrong');
    checkPasswordStrength(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.users.transaction(scope, async (tx) => {
      await this.users.updateOwn(user.id, { passwordHash, version: { increment: 1 } }, tx);
      await this.sessions.revokeAllForUser(tx, user.id, viewer.sessionId ?? undefined);
    });
    return true;
  }

  /** Where the viewer is signed in: their live sessions, most recently used first. */
  async mySessions(viewer: Viewer, scope: Scope): Promise<SessionInfo[]> {
    const rows = await this.sessions.listLive(scope, MAX_LISTED_SESSIONS);
    return rows.map((row) => ({ ...row, current: row.id === viewer.sessionId }));
  }

  /** Ends one of the viewer's sessions (possibly this one); another user's id is NOT_FOUND. */
  async revokeMySession(scope: Scope, id: string): Promise<boolean> {
    checkId(id);
    if ((await this.sessions.revokeOwn(scope, id)) === 0) throw notFound('Session');
    return true;
  }

  /** Ends every session of the viewer, this one included. */
  async signOutEverywhere(scope: Scope): Promise<boolean> {
    await this.sessions.revokeAllOwn(scope);
    return true;
  }
}

/** An active user as a Viewer without a session (demo data, scheduled work, tests). */
export async function loadViewer(sessions: SessionRepository, userId: string): Promise<Viewer> {
  const row = await sessions.findViewer(userId);
  if (!row) throw notFound('User');
  return toViewer(row, { sessionId: 'system', apiKeyId: null });
}

/** The Viewer for a user's row as the repository reads it, with their role's permissions and visibility (unknown levels dropped). */
function toViewer(row: Omit<LiveSession, 'id' | 'lastSeenAt'>, via: Pick<Viewer, 'sessionId' | 'apiKeyId'>): Viewer {
  const visibility: Partial<Record<AccessModule, Level>> = {};
  for (const [module, level] of Object.entries(row.visibility ?? {})) {
    if ((ACCESS_MODULES as readonly string[]).includes(module) && (LEVELS as readonly string[]).includes(level)) visibility[module as AccessModule] = level as Level;
  }
  const { userId: id, email, name, role, departmentId, partnerId, locale } = row;
  const departmentIds = (row.departmentPath ?? '').split('/').filter(Boolean);
  const shared = { customer: row.sharedCustomerIds ?? [], opportunity: row.sharedOpportunityIds ?? [], contract: row.sharedContractIds ?? [] };
  return { id, email, name, role, departmentId, partnerId, locale, ...via, permissions: row.permissions ?? [], visibility, departmentIds, shared };
}
