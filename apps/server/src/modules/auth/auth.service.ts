import { createHash, randomBytes } from 'node:crypto';
import type { Viewer } from '../../core/auth/viewer.ts';
import { AppError, badInput, unauthenticated } from '../../core/errors/app-error.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../../core/auth/password.ts';
import { newId } from '../../core/ids.ts';
import { recordAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/database.ts';
import type { UserRepository } from '../user/user.repository.ts';
import type { User } from '../user/user.type.ts';
import type { SessionRepository } from './auth.repository.ts';

export const MAX_FAILED_LOGINS = 10;
export const LOCKOUT_MINUTES = 15;
const TOUCH_EVERY_MS = 5 * 60_000;
export const SUPPORTED_LOCALES = ['zh-CN', 'en'];

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// A real hash to compare against when the email is unknown, so timing does not reveal accounts.
let dummyHash: Promise<string> | undefined;

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly sessionTtlHours: number,
  ) {}

  async login(email: string, password: string, meta: { userAgent?: string; ip?: string }) {
    const user = await this.users.findForLogin(email);
    if (!user || !user.active) {
      await verifyPassword(await (dummyHash ??= hashPassword('not-a-password')), password);
      throw unauthenticated('Wrong email or password');
    }
    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new AppError('RATE_LIMITED', `Too many failed sign-ins; try again after ${user.lockedUntil.toISOString()}`, {
        lockedUntil: user.lockedUntil.toISOString(),
      });
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      const failed = user.failedLogins + 1;
      const lock = failed >= MAX_FAILED_LOGINS;
      await this.users.update(user.id, {
        failedLogins: lock ? 0 : failed,
        lockedUntil: lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null,
      });
      if (lock) {
        await this.db.$transaction((tx) => recordAudit(tx, { actorId: null, action: 'LOCKED', entity: 'User', entityId: user.id }));
      }
      throw unauthenticated('Wrong email or password');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.sessionTtlHours * 3_600_000);
    await this.sessions.create({ id: newId(), tokenHash: hashToken(token), userId: user.id, expiresAt, userAgent: meta.userAgent?.slice(0, 300), ip: meta.ip });
    const updated = await this.users.update(user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    return { token, expiresAt, user: updated };
  }

  /** The viewer behind a bearer token, or null. One statement; `lastSeenAt` is refreshed at most every 5 minutes. */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const session = await this.sessions.findLive(hashToken(token));
    if (!session) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await this.sessions.touch(session.id);
    const { id: sessionId, userId: id, email, name, role, departmentId, partnerId, locale } = session;
    return { id, email, name, role, departmentId, partnerId, locale, sessionId };
  }

  async logout(viewer: Viewer): Promise<boolean> {
    await this.sessions.revoke(viewer.sessionId);
    return true;
  }

  async setLocale(viewer: Viewer, locale: string): Promise<User> {
    if (!SUPPORTED_LOCALES.includes(locale)) throw badInput('locale', `must be one of ${SUPPORTED_LOCALES.join(', ')}`);
    return this.users.update(viewer.id, { locale });
  }

  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<boolean> {
    const user = await this.users.findForLogin(viewer.email);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) throw badInput('currentPassword', 'is wrong');
    checkPasswordStrength(newPassword, 'newPassword');
    await this.users.update(user.id, { passwordHash: await hashPassword(newPassword), version: { increment: 1 } });
    return true;
  }
}
