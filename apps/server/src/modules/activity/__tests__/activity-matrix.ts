import type { TestServer } from '../../../test-support/test-server.ts';
import { newId } from '../../../core/ids.ts';

/** The activity rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
const SECRET = 'MATRIX-SECRET-客户';
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

/** A task owned by the caller (or by a fresh admin-less owner for anonymous callers). */
const taskId = async (s: TestServer, v: Caller) => {
  const ownerId = v.userId ?? (await s.db.prisma.user.findFirstOrThrow({ select: { id: true } })).id;
  const row = await s.db.prisma.activity.create({ data: { id: newId(), kind: 'TASK', subject: SECRET, dueAt: new Date(Date.now() + 3_600_000), ownerId, partnerId: v.partnerId } });
  return row.id;
};
const day = (h: number) => new Date(Date.UTC(2031, 0, 1, h)).toISOString();

export const ACTIVITY_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'activities', rule: 'activity:read', request: async (s, v) => (await taskId(s, v), { query: '{ activities { totalCount edges { node { subject } } } }' }) },
  { name: 'activity', rule: 'activity:read', request: async (s, v) => ({ query: 'query($id: ID!) { activity(id: $id) { subject } }', variables: { id: await taskId(s, v) } }) },
  { name: 'calendar', rule: 'activity:read', request: async (s, v) => (await taskId(s, v), { query: `{ calendar(from: "${day(0)}", to: "2031-02-01T00:00:00.000Z") { subject } }` }) },
  { name: 'activityConflicts', rule: 'activity:read', request: async (s, v) => ({ query: 'query($ids: [ID!]!) { activityConflicts(startAt: "2031-01-01T09:00:00Z", endAt: "2031-01-01T10:00:00Z", attendeeIds: $ids) { userId busy { subject } } }', variables: { ids: v.userId ? [v.userId] : [] } }) },
  { name: 'myReminders', rule: 'activity:read', request: async (s, v) => (await taskId(s, v), { query: '{ myReminders { subject } }' }) },
  { name: 'createActivity', rule: 'activity:create', request: async () => ({ query: `mutation { createActivity(input: { kind: MEETING, subject: "Matrix", startAt: "${day(Math.floor(Math.random() * 20))}", endAt: "2031-01-01T23:30:00Z", allowOverlap: true }) { id } }` }) },
  { name: 'updateActivity', rule: 'activity:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { updateActivity(id: $id, input: { version: 1, subject: "Renamed" }) { subject } }', variables: { id: await taskId(s, v) } }) },
  { name: 'completeActivity', rule: 'activity:update', request: async (s, v) => ({ query: 'mutation($id: ID!) { completeActivity(id: $id) { subject } }', variables: { id: await taskId(s, v) } }) },
  { name: 'deleteActivity', rule: 'activity:delete', request: async (s, v) => ({ query: 'mutation($id: ID!) { deleteActivity(id: $id) { subject } }', variables: { id: await taskId(s, v) } }) },
];
