import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeDepartment } from '../../../seed/factories.ts';
import { CONFLICTS, CREATE, GET, UPDATE, at, codeOf, fieldsOf } from './activity-api.ts';

type U = { id: string; token: string };

/** Meetings and calls warn (CONFLICT / OVERLAP) when any attendee is already busy; times and attendees are validated. */
describe('activity overlaps and validation', () => {
  let server: TestServer;
  let repA: U, repB: U, repC: U;

  beforeAll(async () => {
    server = await startTestServer();
    const dept = await makeDepartment(server.db.prisma, { name: 'Overlap' });
    repA = await server.signIn('SALES_REP', { departmentId: dept.id });
    repB = await server.signIn('SALES_REP', { departmentId: dept.id });
    repC = await server.signIn('SALES_REP', { departmentId: dept.id });
  });
  afterAll(() => server.close());

  const meeting = (token: string, subject: string, s: string, e: string, extra: Record<string, unknown> = {}) =>
    server.gql(CREATE, { input: { kind: 'MEETING', subject, startAt: s, endAt: e, ...extra } }, token);

  it('refuses an overlapping meeting of an attendee with CONFLICT / OVERLAP and the conflicts', async () => {
    const first = await meeting(repA.token, 'Kickoff 启动会', at(3, 9), at(3, 10), { attendeeIds: [repB.id] });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createActivity.attendeeIds).toEqual([repA.id, repB.id].sort());
    // repB's own meeting 09:30–10:30 overlaps; repB attends the first one, so it is visible
    const clash = await meeting(repB.token, 'Review', at(3, 9, 30), at(3, 10, 30));
    expect(codeOf(clash)).toBe('CONFLICT');
    const ext = clash.errors![0].extensions!;
    expect(ext.reason).toBe('OVERLAP');
    expect(ext.conflicts).toEqual([{ userId: repB.id, busy: [expect.objectContaining({ activityId: first.data!.createActivity.id, subject: 'Kickoff 启动会', startAt: at(3, 9), endAt: at(3, 10) })] }]);
    expect(clash.data).toBeNull();
  });

  it('lets back-to-back meetings through: end == start is no overlap', async () => {
    expect((await meeting(repA.token, 'Before', at(3, 8), at(3, 9))).errors).toBeUndefined();
    expect((await meeting(repA.token, 'After', at(3, 10), at(3, 11), { attendeeIds: [repB.id] })).errors).toBeUndefined();
  });

  it('schedules anyway with allowOverlap', async () => {
    const res = await meeting(repB.token, 'Review', at(3, 9, 30), at(3, 10, 30), { allowOverlap: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createActivity.subject).toBe('Review');
  });

  it('shows only busy times for a meeting the viewer may not see', async () => {
    await meeting(repC.token, 'Secret 机密', at(5, 14), at(5, 15));
    const res = await server.gql(CONFLICTS, { s: at(5, 14, 30), e: at(5, 16), ids: [repC.id] }, repA.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.activityConflicts).toEqual([{ userId: repC.id, busy: [{ activityId: null, subject: null, startAt: at(5, 14), endAt: at(5, 15) }] }]);
    expect(JSON.stringify(res)).not.toContain('Secret');
    const invite = await meeting(repA.token, 'Invite C', at(5, 14, 30), at(5, 16), { attendeeIds: [repC.id] });
    expect(invite.errors![0].extensions!.reason).toBe('OVERLAP');
    expect(JSON.stringify(invite)).not.toContain('Secret');
  });

  it('checks overlaps on update too, excluding the meeting itself', async () => {
    const m = (await meeting(repC.token, 'Movable', at(6, 9), at(6, 10))).data!.createActivity;
    const busy = (await meeting(repC.token, 'Fixed', at(6, 11), at(6, 12))).data!.createActivity;
    const shift = await server.gql(UPDATE, { id: m.id, input: { version: m.version, startAt: at(6, 9, 30), endAt: at(6, 10, 30) } }, repC.token);
    expect(shift.errors).toBeUndefined();
    const clash = await server.gql(UPDATE, { id: m.id, input: { version: shift.data!.updateActivity.version, endAt: at(6, 11, 30) } }, repC.token);
    expect(clash.errors![0].extensions!.reason).toBe('OVERLAP');
    expect(JSON.stringify(clash.errors![0].extensions!.conflicts)).toContain(busy.id);
    expect((await server.gql(GET, { id: m.id }, repC.token)).data!.activity.endAt).toBe(at(6, 10, 30));
  });

  it('names the field of bad input', async () => {
    expect(fieldsOf(await meeting(repA.token, 'Backwards', at(7, 10), at(7, 9)))).toEqual(['input.endAt']);
    expect(fieldsOf(await meeting(repA.token, 'Empty', at(7, 10), at(7, 10)))).toEqual(['input.endAt']);
    expect(fieldsOf(await server.gql(CREATE, { input: { kind: 'TASK', subject: 'No due' } }, repA.token))).toEqual(['input.dueAt']);
    const partner = await server.signIn('PARTNER');
    expect(fieldsOf(await meeting(repA.token, 'Bad attendee', at(7, 10), at(7, 11), { attendeeIds: [partner.id] }))).toEqual(['input.attendeeIds.0']);
    const other = await server.signIn('SALES_REP');
    const customer = await server.db.prisma.customer.create({ data: { id: crypto.randomUUID(), name: 'Not mine', ownerId: other.id } });
    const linked = await server.gql(CREATE, { input: { kind: 'CALL', subject: 'x', startAt: at(7, 12), endAt: at(7, 13), customerId: customer.id } }, repA.token);
    expect(codeOf(linked)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(linked)).toEqual(['input.customerId']);
  });
});
