import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import type { Activity, ActivityKind } from './activity.type.ts';
import type { ActivityFilter } from './activity.inputs.ts';
import { activityFilterWhere, spanWhere } from './activity.scope.ts';
import { scopedClient, systemClient } from '../../core/access/scoped-client.ts';

export type Tx = Prisma.TransactionClient;
const include = { attendees: { select: { userId: true } } } as const;
type Row = Prisma.ActivityGetPayload<{ include: typeof include }>;

export function toActivity(row: Row): Activity {
  const { attendees, createdById: _c, kind, ...rest } = row;
  return { ...rest, kind: kind as ActivityKind, attendeeIds: attendees.map((a) => a.userId).sort() };
}

export interface BusyRow {
  userId: string;
  activityId: string;
  subject: string;
  kind: ActivityKind;
  startAt: Date;
  endAt: Date;
}

/** The only file of the activity module that touches the database. */
export class ActivityRepository {
  constructor(private readonly db: Db) {}

  /** A transaction whose client carries the scope's rules: its reads, updates and deletes see only what the scope may see. */
  transaction<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return scopedClient(this.db, scope).$transaction(fn);
  }

  async list(scope: Scope, filter: ActivityFilter | null | undefined, after: Cursor | null, take: number) {
    const base: Prisma.ActivityWhereInput = { AND: activityFilterWhere(filter) };
    const db = scopedClient(this.db, scope);
    const [rows, totalCount] = await Promise.all([
      db.activity.findMany({ where: { AND: [base, keysetWhere('createdAt', 'desc', after, true)] }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, include }),
      db.activity.count({ where: base }),
    ]);
    return { rows: rows.map(toActivity), totalCount };
  }

  async findVisible(scope: Scope, id: string, tx?: Tx): Promise<Activity | null> {
    const row = await (tx ?? scopedClient(this.db, scope)).activity.findUnique({ where: { id }, include });
    return row ? toActivity(row) : null;
  }

  /** Which of these activity ids the scope may see (inside the caller's scoped transaction when given). */
  async visibleIds(scope: Scope, ids: readonly string[], tx?: Tx): Promise<Set<string>> {
    const rows = await (tx ?? scopedClient(this.db, scope)).activity.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /** Live visible activities of these users (owned or attended) within [from, to), by time. */
  async calendar(scope: Scope, userIds: readonly string[], from: Date, to: Date): Promise<Activity[]> {
    const rows = await scopedClient(this.db, scope).activity.findMany({
      where: {
        AND: [
          { deletedAt: null }, spanWhere(from, to),
          { OR: [{ ownerId: { in: [...userIds] } }, { attendees: { some: { userId: { in: [...userIds] } } } }] },
        ],
      },
      orderBy: [{ startAt: 'asc' }, { dueAt: 'asc' }, { id: 'asc' }],
      take: 2000,
      include,
    });
    return rows.map(toActivity);
  }

  /**
   * Meetings and calls of these users overlapping [startAt, endAt) (end == start does not
   * overlap): every one of them, seen or not, since an attendee is busy either way; the
   * caller shows the ones the viewer may not see only as busy times (ActivityCalendarService).
   */
  async busy(tx: Tx | undefined, userIds: readonly string[], startAt: Date, endAt: Date, excludeId: string | null): Promise<BusyRow[]> {
    const system = systemClient(tx ?? this.db, 'attendee overlap: busy times of every activity; the caller masks the ones the viewer may not see');
    const rows = await system.activityAttendee.findMany({
      where: {
        userId: { in: [...userIds] }, startAt: { lt: endAt }, endAt: { gt: startAt },
        activity: { deletedAt: null, kind: { in: ['MEETING', 'CALL'] }, ...(excludeId ? { id: { not: excludeId } } : {}) },
      },
      include: { activity: { select: { subject: true, kind: true } } },
      orderBy: [{ startAt: 'asc' }],
    });
    return rows.map((r) => ({ userId: r.userId, activityId: r.activityId, subject: r.activity.subject, kind: r.activity.kind as ActivityKind, startAt: r.startAt, endAt: r.endAt }));
  }

  /** The scope's principal's open tasks due before `dueBefore` and meetings/calls starting in [now, startBefore). */
  async reminders(scope: Scope, now: Date, dueBefore: Date, startBefore: Date): Promise<Activity[]> {
    const userId = scope.userId;
    const rows = await scopedClient(this.db, scope).activity.findMany({
      where: {
        deletedAt: null, done: false,
        AND: [
          { OR: [{ ownerId: userId }, { attendees: { some: { userId } } }] },
          { OR: [{ kind: 'TASK', dueAt: { lt: dueBefore } }, { kind: { in: ['MEETING', 'CALL'] }, startAt: { gte: now, lt: startBefore } }] },
        ],
      },
      orderBy: [{ dueAt: 'asc' }, { startAt: 'asc' }],
      take: 100,
      include,
    });
    return rows.map(toActivity);
  }

  /** Active staff among these ids (attendees must be): a reference check over every user. */
  async activeStaff(ids: readonly string[]): Promise<Set<string>> {
    const system = systemClient(this.db, 'reference check: are these attendees active staff users');
    const rows = await system.user.findMany({ where: { id: { in: [...ids] }, active: true, role: { not: 'PARTNER' } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /** The ids of a department's active staff; the caller keeps those whose calendars the scope covers and reads those through the scope. */
  async departmentMembers(departmentId: string): Promise<string[]> {
    const system = systemClient(this.db, 'calendar: the ids of a department’s staff, narrowed by the caller to the scope’s users');
    return (await system.user.findMany({ where: { departmentId, active: true, role: { not: 'PARTNER' } }, select: { id: true } })).map((u) => u.id);
  }

  async create(tx: Tx, data: Prisma.ActivityUncheckedCreateInput): Promise<Activity> {
    return toActivity(await tx.activity.create({ data, include }));
  }

  /** Updates only when `version` still matches; null otherwise. */
  async updateVersioned(tx: Tx, id: string, version: number, data: Prisma.ActivityUncheckedUpdateInput): Promise<Activity | null> {
    const { count } = await tx.activity.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return null;
    return toActivity(await tx.activity.findUniqueOrThrow({ where: { id }, include }));
  }

  /** Rewrites the denormalized attendee rows (a meeting's or call's span per user); none for tasks, emails and deleted ones. */
  async syncAttendees(tx: Tx, activity: Activity, userIds: readonly string[]): Promise<Activity> {
    await tx.activityAttendee.deleteMany({ where: { activityId: activity.id } });
    const timed = activity.startAt && activity.endAt && !activity.deletedAt && (activity.kind === 'MEETING' || activity.kind === 'CALL');
    if (timed && userIds.length) {
      await tx.activityAttendee.createMany({ data: userIds.map((userId) => ({ activityId: activity.id, userId, startAt: activity.startAt!, endAt: activity.endAt! })) });
    }
    return { ...activity, attendeeIds: timed ? [...userIds].sort() : [] };
  }
}
