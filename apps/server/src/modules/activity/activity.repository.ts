import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../../core/db/database.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { keysetWhere, type Cursor } from '../../core/pagination/connection.ts';
import type { Activity, ActivityKind } from './activity.type.ts';
import type { ActivityFilter } from './activity.inputs.ts';
import { activityFilterWhere, spanWhere } from './activity.scope.ts';
import { visibleWhere } from '../../core/access/access.ts';

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

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(fn);
  }

  async list(scope: Scope, filter: ActivityFilter | null | undefined, after: Cursor | null, take: number) {
    const base: Prisma.ActivityWhereInput = { AND: [visibleWhere('Activity', scope), ...activityFilterWhere(filter)] };
    const [rows, totalCount] = await Promise.all([
      this.db.activity.findMany({ where: { AND: [base, keysetWhere('createdAt', 'desc', after, true)] }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, include }),
      this.db.activity.count({ where: base }),
    ]);
    return { rows: rows.map(toActivity), totalCount };
  }

  async findVisible(scope: Scope, id: string, tx: Tx | Db = this.db): Promise<Activity | null> {
    const row = await tx.activity.findFirst({ where: { AND: [{ id }, visibleWhere('Activity', scope)] }, include });
    return row ? toActivity(row) : null;
  }

  /** Which of these activity ids the scope may see. */
  async visibleIds(scope: Scope, ids: readonly string[], tx: Tx | Db | undefined = this.db): Promise<Set<string>> {
    const rows = await (tx ?? this.db).activity.findMany({ where: { AND: [{ id: { in: [...ids] } }, visibleWhere('Activity', scope)] }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /** Live visible activities of these users (owned or attended) within [from, to), by time. */
  async calendar(scope: Scope, userIds: readonly string[], from: Date, to: Date): Promise<Activity[]> {
    const rows = await this.db.activity.findMany({
      where: {
        AND: [
          visibleWhere('Activity', scope), { deletedAt: null }, spanWhere(from, to),
          { OR: [{ ownerId: { in: [...userIds] } }, { attendees: { some: { userId: { in: [...userIds] } } } }] },
        ],
      },
      orderBy: [{ startAt: 'asc' }, { dueAt: 'asc' }, { id: 'asc' }],
      take: 2000,
      include,
    });
    return rows.map(toActivity);
  }

  /** Meetings and calls of these users overlapping [startAt, endAt) (end == start does not overlap). */
  async busy(tx: Tx | Db | undefined, userIds: readonly string[], startAt: Date, endAt: Date, excludeId: string | null): Promise<BusyRow[]> {
    const rows = await (tx ?? this.db).activityAttendee.findMany({
      where: {
        userId: { in: [...userIds] }, startAt: { lt: endAt }, endAt: { gt: startAt },
        activity: { deletedAt: null, kind: { in: ['MEETING', 'CALL'] }, ...(excludeId ? { id: { not: excludeId } } : {}) },
      },
      include: { activity: { select: { subject: true, kind: true } } },
      orderBy: [{ startAt: 'asc' }],
    });
    return rows.map((r) => ({ userId: r.userId, activityId: r.activityId, subject: r.activity.subject, kind: r.activity.kind as ActivityKind, startAt: r.startAt, endAt: r.endAt }));
  }

  /** The viewer's open tasks due before `dueBefore` and meetings/calls starting in [now, startBefore). */
  async reminders(userId: string, now: Date, dueBefore: Date, startBefore: Date): Promise<Activity[]> {
    const rows = await this.db.activity.findMany({
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

  /** Active staff among these ids (attendees must be). */
  async activeStaff(ids: readonly string[], tx: Tx | Db = this.db): Promise<Set<string>> {
    const rows = await tx.user.findMany({ where: { id: { in: [...ids] }, active: true, role: { not: 'PARTNER' } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  async departmentMembers(departmentId: string): Promise<string[]> {
    return (await this.db.user.findMany({ where: { departmentId, active: true, role: { not: 'PARTNER' } }, select: { id: true } })).map((u) => u.id);
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
