import type { Scope } from '../../core/auth/scope.ts';
import { scopeMayModify } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { diffFields, recordChange } from '../../core/changes/change.ts';
import { conflict, forbidden, notFound, staleVersion } from '../../core/errors/app-error.ts';
import { checkId, newId } from '../../core/ids.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import type { ActivityRepository, Tx } from './activity.repository.ts';
import type { ActivitiesArgs, CreateActivityInput, UpdateActivityInput } from './activity.inputs.ts';
import type { Activity, ActivityConflict } from './activity.type.ts';
import { checkTimes, isTimed, type ActivityLinks } from './activity-rules.ts';
import type { ActivityCalendarService } from './activity-calendar.service.ts';

const auditable = (a: Partial<Activity>) => ({
  kind: a.kind, subject: a.subject, location: a.location, startAt: a.startAt, endAt: a.endAt, dueAt: a.dueAt,
  done: a.done, customerId: a.customerId, contactId: a.contactId, opportunityId: a.opportunityId, leadId: a.leadId, attendeeIds: a.attendeeIds,
});
const EDITABLE = ['subject', 'description', 'location', 'startAt', 'endAt', 'dueAt', 'remindAt'] as const;

/** Business rules for activities: visibility, times, linked records, attendee overlaps, versions and audit. */
export class ActivityService {
  constructor(
    readonly repo: ActivityRepository,
    private readonly links: ActivityLinks,
    private readonly calendar: ActivityCalendarService,
  ) {}

  async list(scope: Scope, args: ActivitiesArgs): Promise<Connection<Activity>> {
    const first = checkPageSize(args.first);
    const f = args.filter;
    const { rows, totalCount } = await this.repo.list(scope, f, decodeCursor(args.after), first + 1);
    return toConnection(rows, first, (a) => a.createdAt.toISOString(), totalCount);
  }

  async get(scope: Scope, id: string): Promise<Activity> {
    const found = await this.repo.findVisible(scope, checkId(id));
    if (!found) throw notFound('Activity');
    return found;
  }

  async create(viewer: Viewer, scope: Scope, input: CreateActivityInput): Promise<Activity> {
    checkTimes(input.kind, input);
    const links = await this.links.check(scope, input);
    const attendees = isTimed(input.kind) ? await this.links.attendees(viewer.id, input.attendeeIds) : [];
    return this.repo.transaction(scope, async (tx) => {
      if (isTimed(input.kind)) await this.refuseOverlap(tx, scope, attendees, input.startAt!, input.endAt!, null, input.allowOverlap);
      const created = await this.repo.create(tx, {
        id: newId(), kind: input.kind, subject: input.subject.trim(), description: input.description ?? null, location: input.location ?? null,
        startAt: isTimed(input.kind) ? input.startAt : null, endAt: isTimed(input.kind) ? input.endAt : null,
        dueAt: input.dueAt ?? null, remindAt: input.remindAt ?? null, ownerId: viewer.id, createdById: viewer.id, ...links,
      });
      const activity = await this.repo.syncAttendees(tx, created, attendees);
      await recordChange(tx, { actorId: viewer.id, action: 'CREATED', entity: 'Activity', entityId: activity.id, customerId: activity.customerId, changes: diffFields({}, auditable(activity)) });
      return activity;
    });
  }

  async update(viewer: Viewer, scope: Scope, id: string, input: UpdateActivityInput): Promise<Activity> {
    const before = await this.modifiable(scope, id);
    const data: Record<string, unknown> = {};
    for (const key of EDITABLE) if (input[key] !== undefined) data[key] = input[key];
    if (typeof data.subject === 'string') data.subject = data.subject.trim();
    const merged = { ...before, ...data } as Activity;
    checkTimes(before.kind, merged);
    const linkKeys = ['customerId', 'contactId', 'opportunityId', 'leadId'] as const;
    if (linkKeys.some((k) => input[k] !== undefined)) {
      const wanted = Object.fromEntries(linkKeys.map((k) => [k, input[k] !== undefined ? input[k] : before[k]]));
      Object.assign(data, await this.links.check(scope, wanted));
    }
    const attendees = isTimed(before.kind)
      ? input.attendeeIds != null ? await this.links.attendees(before.ownerId, input.attendeeIds) : [...new Set([before.ownerId, ...before.attendeeIds])]
      : [];
    return this.repo.transaction(scope, async (tx) => {
      if (isTimed(before.kind)) await this.refuseOverlap(tx, scope, attendees, merged.startAt!, merged.endAt!, before.id, input.allowOverlap);
      const saved = await this.repo.updateVersioned(tx, before.id, input.version, data);
      if (!saved) throw staleVersion('Activity');
      const after = await this.repo.syncAttendees(tx, saved, attendees);
      const changes = diffFields(auditable(before), auditable(after));
      if (changes.length) await recordChange(tx, { actorId: viewer.id, action: 'UPDATED', entity: 'Activity', entityId: id, customerId: after.customerId, changes });
      return after;
    });
  }

  async complete(viewer: Viewer, scope: Scope, id: string): Promise<Activity> {
    const before = await this.modifiable(scope, id);
    if (before.done) return before;
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.updateVersioned(tx, before.id, before.version, { done: true, completedAt: new Date() });
      if (!after) throw staleVersion('Activity');
      await recordChange(tx, { actorId: viewer.id, action: 'COMPLETED', entity: 'Activity', entityId: id, customerId: after.customerId, changes: [{ field: 'done', from: 'false', to: 'true' }] });
      return after;
    });
  }

  async remove(viewer: Viewer, scope: Scope, id: string): Promise<Activity> {
    const before = await this.modifiable(scope, id);
    return this.repo.transaction(scope, async (tx) => {
      const saved = await this.repo.updateVersioned(tx, before.id, before.version, { deletedAt: new Date() });
      if (!saved) throw staleVersion('Activity');
      const after = await this.repo.syncAttendees(tx, saved, []);
      await recordChange(tx, { actorId: viewer.id, action: 'DELETED', entity: 'Activity', entityId: id, customerId: after.customerId });
      return after;
    });
  }

  /** A live activity the viewer may change: its owner, the owner's managers, admins. */
  private async modifiable(scope: Scope, id: string): Promise<Activity> {
    const activity = await this.get(scope, id);
    if (activity.deletedAt) throw notFound('Activity');
    if (!scopeMayModify(scope, activity.ownerId, activity.partnerId)) throw forbidden('Only the owner or their manager may change this activity');
    return activity;
  }

  private async refuseOverlap(tx: Tx, scope: Scope, attendees: string[], startAt: Date, endAt: Date, excludeId: string | null, allow?: boolean | null) {
    if (allow) return;
    const conflicts = await this.calendar.conflictsWithin(tx, scope, attendees, startAt, endAt, excludeId);
    if (conflicts.length) throw conflict('An attendee already has a meeting at this time', { reason: 'OVERLAP', conflicts: serialize(conflicts) });
  }
}

const serialize = (conflicts: ActivityConflict[]) =>
  conflicts.map((c) => ({ userId: c.userId, busy: c.busy.map((b) => ({ ...b, startAt: b.startAt.toISOString(), endAt: b.endAt.toISOString() })) }));
