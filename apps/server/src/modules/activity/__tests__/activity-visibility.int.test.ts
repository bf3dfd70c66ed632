import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeContact, makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';
import { CALENDAR, CREATE, GET, LIST, at, codeOf, fieldsOf } from './activity-api.ts';

type U = { id: string; token: string };
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

/** Visibility (own + attending; managers the subtree), reminders, and the customer timeline. */
describe('activity visibility, reminders and timeline', () => {
  let server: TestServer;
  let repNorth: U, repEast: U, managerNorth: U, director: U;
  let eastId: string;
  let north: { id: string };

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    const sales = await makeDepartment(db, { name: 'Sales' });
    north = await makeDepartment(db, { name: 'North', parentId: sales.id });
    const east = await makeDepartment(db, { name: 'East', parentId: sales.id });
    repNorth = await server.signIn('SALES_REP', { departmentId: north.id });
    repEast = await server.signIn('SALES_REP', { departmentId: east.id });
    managerNorth = await server.signIn('SALES_MANAGER', { departmentId: north.id });
    director = await server.signIn('SALES_MANAGER', { departmentId: sales.id });
    const mk = (t: U, subject: string, d: number) => server.gql(CREATE, { input: { kind: 'MEETING', subject, startAt: at(d, 9), endAt: at(d, 10) } }, t.token);
    await mk(repNorth, 'North meeting', 10);
    eastId = (await mk(repEast, 'East meeting', 10)).data!.createActivity.id;
  });
  afterAll(() => server.close());

  const subjects = async (t: U) => (await server.gql(LIST, {}, t.token)).data!.activities.edges.map((e: any) => e.node.subject).sort();

  it('hides another rep’s activity by id, list and calendar', async () => {
    expect(codeOf(await server.gql(GET, { id: eastId }, repNorth.token))).toBe('NOT_FOUND');
    expect(await subjects(repNorth)).toEqual(['North meeting']);
    const cal = await server.gql(CALENDAR, { from: at(1, 0), to: at(31, 0), userIds: [repEast.id] }, repNorth.token);
    expect(fieldsOf(cal)).toEqual(['userIds.0']);
    expect(JSON.stringify(cal)).not.toContain('East meeting');
    const own = await server.gql(CALENDAR, { from: at(1, 0), to: at(31, 0) }, repNorth.token);
    expect(own.data!.calendar.map((a: any) => a.subject)).toEqual(['North meeting']);
  });

  it('shows a manager the department and a director the subtree', async () => {
    expect(await subjects(managerNorth)).toEqual(['North meeting']);
    expect(await subjects(director)).toEqual(['East meeting', 'North meeting']);
    expect(codeOf(await server.gql(GET, { id: eastId }, managerNorth.token))).toBe('NOT_FOUND');
    const team = await server.gql(CALENDAR, { from: at(1, 0), to: at(31, 0), departmentId: north.id }, managerNorth.token);
    expect(team.data!.calendar.map((a: any) => a.subject)).toEqual(['North meeting']);
  });

  it('shows attendees the meetings they attend', async () => {
    const res = await server.gql(CREATE, { input: { kind: 'MEETING', subject: 'Joint', startAt: at(12, 9), endAt: at(12, 10), attendeeIds: [repNorth.id] } }, repEast.token);
    expect((await server.gql(GET, { id: res.data!.createActivity.id }, repNorth.token)).data!.activity.subject).toBe('Joint');
  });

  it('limits the calendar range to 62 days', async () => {
    expect(fieldsOf(await server.gql(CALENDAR, { from: at(1, 0), to: '2031-06-01T00:00:00.000Z' }, repNorth.token))).toEqual(['to']);
  });

  it('reminds of due and overdue tasks and meetings within the hour, not done ones or later ones', async () => {
    const me = await server.signIn('SALES_REP');
    const task = (subject: string, dueMs: number) => server.gql(CREATE, { input: { kind: 'TASK', subject, dueAt: iso(dueMs) } }, me.token);
    await task('Overdue', -2 * HOUR);
    await task('Due soon', 5 * HOUR);
    await task('Next week', 7 * 24 * HOUR);
    const done = (await task('Done', HOUR)).data!.createActivity.id;
    await server.gql('mutation($id: ID!) { completeActivity(id: $id) { done } }', { id: done }, me.token);
    await server.gql(CREATE, { input: { kind: 'MEETING', subject: 'Starts soon', startAt: iso(30 * 60_000), endAt: iso(HOUR) } }, me.token);
    await server.gql(CREATE, { input: { kind: 'MEETING', subject: 'Tomorrow', startAt: iso(20 * HOUR), endAt: iso(21 * HOUR) } }, me.token);
    const res = await server.gql('{ myReminders { subject } }', {}, me.token);
    expect(res.data!.myReminders.map((a: any) => a.subject).sort()).toEqual(['Due soon', 'Overdue', 'Starts soon']);
  });

  it('puts an activity on its customer’s timeline, also when linked through a deal', async () => {
    const db = server.db.prisma;
    const [stage] = await ensureDefaultStages(db);
    const customer = await makeCustomer(db, { name: 'Timeline Co', ownerId: repNorth.id });
    const contact = await makeContact(db, customer.id, { name: 'Li' });
    const deal = await makeOpportunity(db, { name: 'Deal', customerId: customer.id, stageId: stage.id, ownerId: repNorth.id });
    const call = await server.gql(CREATE, { input: { kind: 'CALL', subject: 'Pricing call', startAt: at(20, 9), endAt: at(20, 10), opportunityId: deal.id, contactId: contact.id } }, repNorth.token);
    expect(call.errors).toBeUndefined();
    expect(call.data!.createActivity.customerId).toBe(customer.id);
    await server.gql('mutation($id: ID!) { completeActivity(id: $id) { done } }', { id: call.data!.createActivity.id }, repNorth.token);
    const tl = await server.gql('query($id: ID!) { customer(id: $id) { timeline(first: 20) { edges { node { kind entity entityId } } } } }', { id: customer.id }, repNorth.token);
    const entries = tl.data!.customer.timeline.edges.map((e: any) => e.node).filter((n: any) => n.entity === 'Activity');
    expect(entries.map((n: any) => n.kind).sort()).toEqual(['COMPLETED', 'CREATED']);
    const list = await server.gql(LIST, { filter: { customerId: customer.id } }, repNorth.token);
    expect(list.data!.activities.totalCount).toBe(1);
  });
});
