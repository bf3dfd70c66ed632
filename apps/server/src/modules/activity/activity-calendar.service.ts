import type { Scope } from '../../core/auth/scope.ts';
import { scopeOwnerIds } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { badInput } from '../../core/errors/app-error.ts';
import { checkId, checkOptionalId } from '../../core/ids.ts';
import type { ActivityRepository, Tx } from './activity.repository.ts';
import type { CalendarArgs, ConflictsArgs } from './activity.inputs.ts';
import type { Activity, ActivityConflict } from './activity.type.ts';
import { checkRange } from './activity-rules.ts';

const HOUR = 3_600_000;

/** Calendars, busy times and reminders: read-only views over activities. */
export class ActivityCalendarService {
  constructor(private readonly repo: ActivityRepository) {}

  /** Activities of users in the viewer's scope within [from, to): meetings/calls by overlap, tasks by due time. */
  async calendar(viewer: Viewer, scope: Scope, args: CalendarArgs): Promise<Activity[]> {
    checkRange(args.from, args.to);
    const allowed = scopeOwnerIds(scope);
    let userIds: string[];
    if (args.departmentId) {
      const members = await this.repo.departmentMembers(checkOptionalId(args.departmentId, 'departmentId')!);
      userIds = members.filter((id) => allowed === null || allowed.includes(id));
    } else {
      userIds = args.userIds?.length ? [...new Set(args.userIds.map((id, i) => checkId(id, `userIds.${i}`)))] : [viewer.id];
      const outside = userIds.findIndex((id) => id !== viewer.id && allowed !== null && !allowed.includes(id));
      if (outside >= 0) throw badInput(`userIds.${args.userIds!.indexOf(userIds[outside])}`, 'is not a user whose calendar you may see');
    }
    if (!userIds.length) return [];
    return this.repo.calendar(scope, userIds, args.from, args.to);
  }

  async conflicts(scope: Scope, args: ConflictsArgs): Promise<ActivityConflict[]> {
    checkRange(args.startAt, args.endAt, 'endAt');
    const ids = [...new Set(args.attendeeIds.map((id, i) => checkId(id, `attendeeIds.${i}`)))];
    return this.conflictsWithin(undefined, scope, ids, args.startAt, args.endAt, checkOptionalId(args.excludeId, 'excludeId') ?? null);
  }

  /** Per attendee the meetings and calls overlapping [startAt, endAt); invisible ones only as busy times. */
  async conflictsWithin(tx: Tx | undefined, scope: Scope, userIds: string[], startAt: Date, endAt: Date, excludeId: string | null): Promise<ActivityConflict[]> {
    const rows = await this.repo.busy(tx, userIds, startAt, endAt, excludeId);
    if (!rows.length) return [];
    const visible = await this.repo.visibleIds(scope, [...new Set(rows.map((r) => r.activityId))], tx);
    const byUser = new Map<string, ActivityConflict>();
    for (const r of rows) {
      const seen = visible.has(r.activityId);
      const entry = byUser.get(r.userId) ?? { userId: r.userId, busy: [] };
      entry.busy.push({ activityId: seen ? r.activityId : null, subject: seen ? r.subject : null, kind: seen ? r.kind : null, startAt: r.startAt, endAt: r.endAt });
      byUser.set(r.userId, entry);
    }
    return userIds.filter((id) => byUser.has(id)).map((id) => byUser.get(id)!);
  }

  /** Open tasks due within 24 hours or overdue, and meetings/calls starting within the hour, that the viewer owns or attends. */
  async reminders(scope: Scope, now = new Date()): Promise<Activity[]> {
    return this.repo.reminders(scope, now, new Date(now.getTime() + 24 * HOUR), new Date(now.getTime() + HOUR));
  }
}
