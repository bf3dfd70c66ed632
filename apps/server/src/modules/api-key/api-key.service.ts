import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { viewerCan } from '../../core/auth/permissions.ts';
import { newApiKey } from '../../core/auth/tokens.ts';
import { recordChange } from '../../core/changes/change.ts';
import { badInput, conflict, type FieldError } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import type { PageArgs } from '../../core/pagination/page.args.ts';
import type { UserRepository } from '../user/user.repository.ts';
import type { ApiKeyRepository, ApiKeyRow } from './api-key.repository.ts';
import { ApiKeyStatus, type ApiKey, type CreatedApiKey } from './api-key.type.ts';
import type { CreateApiKeyInput } from './api-key.inputs.ts';
import { apiKeyNotFound } from './api-key.errors.ts';

const DAY_MS = 86_400_000;
export const DEFAULT_KEY_DAYS = 90;
export const MAX_KEY_DAYS = 366;
/** myApiKeys lists at most this many (newest first). */
const MAX_LISTED_KEYS = 100;
/** Live (neither revoked nor expired) keys a user may hold: one per integration is plenty, and a leak stays countable. */
export const MAX_LIVE_KEYS = 20;

/** Final states first: a key revoked before it expired stays "revoked"; a deactivated owner's key is refused until they are back. */
export function apiKeyStatus(key: Pick<ApiKeyRow, 'revokedAt' | 'expiresAt'> & { user: { active: boolean } }, now: Date): ApiKeyStatus {
  if (key.revokedAt) return ApiKeyStatus.REVOKED;
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return ApiKeyStatus.EXPIRED;
  if (!key.user.active) return ApiKeyStatus.OWNER_INACTIVE;
  return ApiKeyStatus.ACTIVE;
}

const toApiKey = ({ user, ...row }: ApiKeyRow, now = new Date()): ApiKey => ({ ...row, status: apiKeyStatus({ ...row, user }, now) });

/**
 * API keys (SPEC §5): shown once, stored as a SHA-256, scoped to a subset of the owner's
 * permissions, expiring, revocable. Authentication with a key is the auth module's
 * (AuthService.viewerForToken); this service issues, lists and revokes them.
 */
export class ApiKeyService {
  constructor(
    readonly repo: ApiKeyRepository,
    private readonly users: UserRepository,
  ) {}

  /** Issues a key for the viewer; the secret is in the answer and nowhere else. */
  async create(viewer: Viewer, scope: Scope, input: CreateApiKeyInput, now = new Date()): Promise<CreatedApiKey> {
    const errors: FieldError[] = [];
    const name = input.name.trim();
    if (!name) errors.push({ field: 'input.name', message: 'must be 1 to 100 characters' });
    const scopes = checkScopes(viewer, input.scopes, errors);
    const expiresAt = checkExpiry(input.expiresAt, now, errors);
    if (errors.length) throw badInput(errors);

    const { key, prefix, keyHash } = newApiKey();
    const row = await this.repo.transaction(scope, async (tx) => {
      // the owner's row lock makes concurrent creates take turns, so two at once cannot pass the cap together
      await this.users.lockForUpdate(tx, viewer.id);
      const live = await this.repo.countLive(tx, viewer.id, now);
      if (live >= MAX_LIVE_KEYS) {
        throw conflict(`You hold ${live} live API keys, the most allowed is ${MAX_LIVE_KEYS}: revoke one first`, { reason: 'KEY_LIMIT', limit: MAX_LIVE_KEYS });
      }
      const created = await this.repo.create(tx, { id: newId(), name, prefix, keyHash, userId: viewer.id, scopes, expiresAt, createdById: viewer.id });
      await recordChange(tx, {
        actorId: viewer.id, action: 'CREATED', entity: 'ApiKey', entityId: created.id,
        changes: [
          { field: 'name', from: null, to: name },
          { field: 'prefix', from: null, to: prefix },
          { field: 'scopes', from: null, to: scopes.join(', ') },
          { field: 'expiresAt', from: null, to: expiresAt.toISOString() },
        ],
      });
      return created;
    });
    return { key, apiKey: toApiKey(row, now) };
  }

  /** The viewer's own keys, newest first. */
  async mine(scope: Scope): Promise<ApiKey[]> {
    const now = new Date();
    return (await this.repo.listOwn(scope, MAX_LISTED_KEYS)).map((row) => toApiKey(row, now));
  }

  /** Every key the scope sees (admins: all), newest first. */
  async list(scope: Scope, args: PageArgs): Promise<Connection<ApiKey>> {
    const first = checkPageSize(args.first);
    const { rows, totalCount } = await this.repo.list(scope, decodeCursor(args.after), first + 1);
    const now = new Date();
    return toConnection(rows.map((row) => toApiKey(row, now)), first, (k) => k.createdAt.toISOString(), totalCount);
  }

  /**
   * Revokes one of the viewer's keys, or anyone's for admin:users (within what their scope
   * sees); another user's key answers NOT_FOUND. Revoking a revoked key changes nothing.
   */
  async revoke(viewer: Viewer, scope: Scope, id: string): Promise<ApiKey> {
    checkId(id);
    const ownerId = viewerCan(viewer, 'admin:users') ? null : viewer.id;
    const now = new Date();
    return this.repo.transaction(scope, async (tx) => {
      const revoked = await this.repo.revoke(tx, id, ownerId, now);
      const key = await this.repo.find(tx, id, ownerId);
      if (!key) throw apiKeyNotFound();
      if (revoked) {
        await recordChange(tx, { actorId: viewer.id, action: 'REVOKED', entity: 'ApiKey', entityId: id, changes: [{ field: 'revokedAt', from: null, to: now.toISOString() }] });
      }
      return toApiKey(key, now);
    });
  }
}

/** Distinct scopes, each one the viewer holds now; every other one is named (`input.scopes[2]`). */
function checkScopes(viewer: Viewer, scopes: string[], errors: FieldError[]): string[] {
  if (scopes.length === 0) errors.push({ field: 'input.scopes', message: 'must hold at least one permission' });
  scopes.forEach((scope, i) => {
    if (!viewerCan(viewer, scope)) errors.push({ field: `input.scopes[${i}]`, message: `${scope} is not one of your permissions` });
  });
  return [...new Set(scopes)].sort();
}

/** In the future and at most MAX_KEY_DAYS away; DEFAULT_KEY_DAYS from now when not given. */
function checkExpiry(expiresAt: Date | null | undefined, now: Date, errors: FieldError[]): Date {
  if (expiresAt == null) return new Date(now.getTime() + DEFAULT_KEY_DAYS * DAY_MS);
  if (expiresAt.getTime() <= now.getTime()) errors.push({ field: 'input.expiresAt', message: 'must be in the future' });
  else if (expiresAt.getTime() > now.getTime() + MAX_KEY_DAYS * DAY_MS) errors.push({ field: 'input.expiresAt', message: 'must be at most a year from now' });
  return expiresAt;
}
