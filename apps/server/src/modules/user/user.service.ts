import type { Prisma } from '../../generated/prisma/client.ts';
import type { Role } from '../../generated/prisma/enums.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { checkPasswordStrength, hashPassword } from '../../core/auth/password.ts';
import { badInput, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import { SUPPORTED_LOCALES } from '../auth/auth.service.ts';
import type { SessionRepository } from '../auth/auth.repository.ts';
import type { DepartmentRepository } from '../department/department.repository.ts';
import { noSuchDepartment } from '../department/department.errors.ts';
import type { PartnerRepository } from '../partner/partner.repository.ts';
import type { UserRepository } from './user.repository.ts';
import type { RoleRepository } from '../role/role.repository.ts';
import type { User } from './user.type.ts';
import type { CreateUserInput, UpdateUserInput, UsersArgs } from './user.inputs.ts';
import { cannotChangeOwnRole, cannotDeactivateSelf, emailInUse, userNotFound } from './user.errors.ts';

type Tx = Prisma.TransactionClient;

/** User administration (§4, §5): accounts, roles, departments, partner links, sign-in state; every change audited. */
export class UserService {
  constructor(
    readonly repo: UserRepository,
    private readonly departments: DepartmentRepository,
    private readonly partners: PartnerRepository,
    private readonly sessions: SessionRepository,
    private readonly roles: RoleRepository,
  ) {}

  async list(scope: Scope, args: UsersArgs): Promise<Connection<User>> {
    const first = checkPageSize(args.first, 50);
    const departmentId = args.filter?.departmentId;
    const department = departmentId ? await this.departments.findNode(departmentId) : null;
    if (departmentId && !department) throw noSuchDepartment('filter.departmentId');
    const { rows, totalCount } = await this.repo.list(scope, {
      filter: args.filter,
      departmentPath: department?.path,
      after: decodeCursor(args.after),
      take: first + 1,
    });
    return toConnection(rows, first, (u) => u.name, totalCount);
  }

  /** The staff directory (names and departments), for pickers. */
  colleagues(search: string | null, first: number): Promise<User[]> {
    if (search && search.length > 100) throw badInput('search', 'must be at most 100 characters');
    return this.repo.searchDirectory(search, checkPageSize(first, 20));
  }

  async get(scope: Scope, id: string): Promise<User> {
    const user = await this.repo.findVisible(scope, checkId(id));
    if (!user) throw userNotFound();
    return user;
  }

  async create(viewer: Viewer, scope: Scope, input: CreateUserInput): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const name = checkedName(input.name);
    checkPasswordStrength(input.password, 'input.password');
    const locale = checkedLocale(input.locale ?? SUPPORTED_LOCALES[0]);
    const links = await this.checkedLinks(scope, input.role, input.departmentId ?? null, input.partnerId ?? null);
    const accessRoleId = input.accessRoleId ? await this.checkedRole(scope, input.role, input.accessRoleId) : null;
    if (await this.repo.emailTaken(email)) throw emailInUse();
    const passwordHash = await hashPassword(input.password);
    return this.repo.transaction(scope, async (tx) => {
      const user = await this.repo.create(tx, {
        id: newId(), email, name, role: input.role, ...links, accessRoleId, locale, claimLimit: input.claimLimit ?? null, passwordHash,
      });
      if (!user) throw emailInUse();
      await this.audit(tx, viewer, 'CREATED', user, diffFields({}, auditable(user)));
      return user;
    });
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateUserInput): Promise<User> {
    const before = await this.get(scope, id);
    const data: Prisma.UserUncheckedUpdateInput = {};
    if (input.name !== undefined) data.name = checkedName(input.name);
    if (input.role !== undefined && input.role !== before.role) {
      if (input.role === null) throw badInput('input.role', 'cannot be empty');
      if (before.id === viewer.id) throw cannotChangeOwnRole();
      if ((input.role === 'PARTNER') !== (before.role === 'PARTNER')) {
        throw badInput('input.role', 'cannot switch between staff and partner roles; create a separate account');
      }
      data.role = input.role;
    }
    if (input.accessRoleId !== undefined && input.accessRoleId !== before.accessRoleId) {
      if (before.id === viewer.id) throw cannotChangeOwnRole('input.accessRoleId');
      data.accessRoleId = input.accessRoleId === null ? null : await this.checkedRole(scope, input.role ?? before.role, input.accessRoleId);
    }
    if (input.departmentId !== undefined && input.departmentId !== before.departmentId) {
      if (input.departmentId !== null) await this.checkDepartment(before.role, input.departmentId);
      data.departmentId = input.departmentId;
    }
    if (input.claimLimit !== undefined) data.claimLimit = input.claimLimit;
    if (input.locale !== undefined) data.locale = checkedLocale(input.locale);
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.updateVersioned(tx, before.id, input.version, data);
      if (!after) throw staleVersion('User');
      const changes = diffFields(auditable(before), auditable(after));
      if (changes.length) await this.audit(tx, viewer, 'UPDATED', after, changes);
      return after;
    });
  }

  /** Signs the user out everywhere and keeps them out; their records stay theirs. */
  async deactivate(viewer: Viewer, scope: Scope, id: string): Promise<User> {
    const before = await this.get(scope, id);
    if (before.id === viewer.id) throw cannotDeactivateSelf();
    if (!before.active) return before;
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.update(tx, before.id, { active: false, version: { increment: 1 } });
      await this.sessions.revokeAllForUser(tx, before.id);
      await this.audit(tx, viewer, 'DEACTIVATED', after, diffFields(auditable(before), auditable(after)));
      return after;
    });
  }

  async reactivate(viewer: Viewer, scope: Scope, id: string): Promise<User> {
    const before = await this.get(scope, id);
    if (before.active) return before;
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.update(tx, before.id, { active: true, version: { increment: 1 } });
      await this.audit(tx, viewer, 'REACTIVATED', after, diffFields(auditable(before), auditable(after)));
      return after;
    });
  }

  /** Sets a new password, clears a lockout and signs the user out everywhere (an admin resetting their own keeps this session). */
  async resetPassword(viewer: Viewer, scope: Scope, id: string, newPassword: string): Promise<User> {
    const before = await this.get(scope, id);
    checkPasswordStrength(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.update(tx, before.id, { passwordHash, failedLogins: 0, lockedUntil: null, version: { increment: 1 } });
      await this.sessions.revokeAllForUser(tx, before.id, before.id === viewer.id ? viewer.sessionId ?? undefined : undefined);
      await this.audit(tx, viewer, 'PASSWORD_RESET', after, diffFields({ lockedUntil: before.lockedUntil }, { lockedUntil: null }));
      return after;
    });
  }

  /** Staff may sit in a department and never belong to a partner; partner users need their company and no department. */
  private async checkedLinks(scope: Scope, role: Role, departmentId: string | null, partnerId: string | null) {
    if (role === 'PARTNER') {
      if (!partnerId) throw badInput('input.partnerId', 'is required for partner users');
      if (!(await this.partners.exists(scope, checkId(partnerId, 'input.partnerId')))) throw badInput('input.partnerId', 'no such partner');
    } else if (partnerId) {
      throw badInput('input.partnerId', 'only partner users belong to a partner company');
    }
    if (departmentId) await this.checkDepartment(role, departmentId);
    return { departmentId, partnerId };
  }

  /** A role that exists and fits the kind of user: partner roles for partner users, staff roles for staff. */
  private async checkedRole(scope: Scope, kind: Role, accessRoleId: string): Promise<string> {
    const role = await this.roles.findById(scope, checkId(accessRoleId, 'input.accessRoleId'));
    if (!role) throw badInput('input.accessRoleId', 'no such role');
    if (role.forPartners !== (kind === 'PARTNER')) throw badInput('input.accessRoleId', kind === 'PARTNER' ? 'must be a partner role' : 'must be a staff role');
    return role.id;
  }

  private async checkDepartment(role: Role, departmentId: string): Promise<void> {
    checkId(departmentId, 'input.departmentId');
    if (role === 'PARTNER') throw badInput('input.departmentId', 'partner users do not belong to a department');
    if (!(await this.departments.findNode(departmentId))) throw noSuchDepartment('input.departmentId');
  }

  private audit(tx: Tx, viewer: Viewer, action: string, user: User, changes: ReturnType<typeof diffFields>): Promise<void> {
    return recordChange(tx, { actorId: viewer.id, action, entity: 'User', entityId: user.id, changes });
  }
}

function checkedName(name: string | null): string {
  const trimmed = name?.trim();
  if (!trimmed) throw badInput('input.name', 'is required');
  if (trimmed.length > 100) throw badInput('input.name', 'must be 1 to 100 characters');
  return trimmed;
}

function checkedLocale(locale: string | null): string {
  if (!locale || !SUPPORTED_LOCALES.includes(locale)) throw badInput('input.locale', `must be one of ${SUPPORTED_LOCALES.join(', ')}`);
  return locale;
}

/** The fields whose changes the audit log shows; never the password hash. */
function auditable(u: User): Record<string, unknown> {
  return {
    email: u.email, name: u.name, role: u.role, departmentId: u.departmentId, partnerId: u.partnerId,
    claimLimit: u.claimLimit, locale: u.locale, active: u.active, accessRoleId: u.accessRoleId,
  };
}
