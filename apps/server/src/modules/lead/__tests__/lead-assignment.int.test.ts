import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeDepartment, makeUser } from '../../../seed/factories.ts';

const RULE = `mutation($input: LeadAssignmentRuleInput!) { updateLeadAssignmentRule(input: $input) { mode departmentId territoryReps { territoryId userIds } } }`;
const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { id owner { id } } }`;

describe('lead assignment by rule', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  let marketer: { id: string; token: string };
  let team: { id: string };
  let reps: string[];

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
    marketer = await server.signIn('MARKETER');
    team = await makeDepartment(server.db.prisma);
    const sub = await makeDepartment(server.db.prisma, { parentId: team.id });
    reps = [
      (await makeUser(server.db.prisma, { role: 'SALES_REP', departmentId: team.id })).id,
      (await makeUser(server.db.prisma, { role: 'SALES_REP', departmentId: sub.id })).id,
      (await makeUser(server.db.prisma, { role: 'SALES_REP', departmentId: sub.id })).id,
    ];
    // not eligible: a manager, an inactive rep, a rep of another department
    await makeUser(server.db.prisma, { role: 'SALES_MANAGER', departmentId: team.id });
    const inactive = await makeUser(server.db.prisma, { role: 'SALES_REP', departmentId: team.id });
    await server.db.prisma.user.update({ where: { id: inactive.id }, data: { active: false } });
    await makeUser(server.db.prisma, { role: 'SALES_REP', departmentId: (await makeDepartment(server.db.prisma)).id });
  });
  afterAll(() => server.close());

  const owners = async (ids: string[]) =>
    (await server.db.prisma.lead.findMany({ where: { id: { in: ids } }, select: { ownerId: true } })).map((l) => l.ownerId);
  const tally = (ownerIds: (string | null)[]) => reps.map((r) => ownerIds.filter((o) => o === r).length);

  it('leaves leads unassigned with NONE (the default)', async () => {
    expect((await server.gql('{ leadAssignmentRule { mode } }', {}, admin.token)).data!.leadAssignmentRule.mode).toBe('NONE');
    const res = await server.gql(CREATE, { input: { name: 'No rule' } }, marketer.token);
    expect(res.data!.createLead.owner).toBeNull();
  });

  it('deals leads in turn among the active reps of the department subtree: 6 leads → 2 each', async () => {
    const rule = await server.gql(RULE, { input: { mode: 'ROUND_ROBIN', departmentId: team.id } }, admin.token);
    expect(rule.errors).toBeUndefined();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await server.gql(CREATE, { input: { name: `RR ${i}` } }, marketer.token)).data!.createLead.id);
    const got = await owners(ids);
    expect(tally(got)).toEqual([2, 2, 2]);
    // in turn: no rep gets two in a row
    const ordered = (await server.db.prisma.lead.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' } })).map((l) => l.ownerId);
    expect(ordered.every((o, i) => i === 0 || o !== ordered[i - 1])).toBe(true);
  });

  it('stays fair under concurrent creates', async () => {
    await server.gql(RULE, { input: { mode: 'ROUND_ROBIN', departmentId: team.id } }, admin.token);
    const results = await Promise.all([...Array(9).keys()].map((i) => server.gql(CREATE, { input: { name: `Concurrent ${i}` } }, marketer.token)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(tally(await owners(results.map((r) => r.data!.createLead.id)))).toEqual([3, 3, 3]);
  });

  it('gives a lead to the reps of its territory, and falls back to round robin', async () => {
    const north = await server.db.prisma.territory.create({ data: { id: crypto.randomUUID(), name: 'North' } });
    const south = await server.db.prisma.territory.create({ data: { id: crypto.randomUUID(), name: 'South' } });
    const rule = await server.gql(RULE, { input: { mode: 'TERRITORY', departmentId: team.id, territoryReps: [{ territoryId: north.id, userIds: [reps[2]] }] } }, admin.token);
    expect(rule.data!.updateLeadAssignmentRule).toMatchObject({ mode: 'TERRITORY', territoryReps: [{ territoryId: north.id, userIds: [reps[2]] }] });
    const northIds: string[] = [];
    for (let i = 0; i < 3; i++) northIds.push((await server.gql(CREATE, { input: { name: `North ${i}`, territoryId: north.id } }, marketer.token)).data!.createLead.id);
    expect(await owners(northIds)).toEqual([reps[2], reps[2], reps[2]]);
    const southIds: string[] = [];
    for (let i = 0; i < 3; i++) southIds.push((await server.gql(CREATE, { input: { name: `South ${i}`, territoryId: south.id } }, marketer.token)).data!.createLead.id);
    expect(tally(await owners(southIds))).toEqual([1, 1, 1]);
  });

  it('an explicit owner (or null) skips the rule', async () => {
    await server.gql(RULE, { input: { mode: 'ROUND_ROBIN' } }, admin.token);
    const res = await server.gql(CREATE, { input: { name: 'Explicit pool', ownerId: null } }, marketer.token);
    expect(res.data!.createLead.owner).toBeNull();
  });

  it('rejects a rule naming unknown things, by field', async () => {
    const bad = await server.gql(RULE, { input: { mode: 'ROUND_ROBIN', departmentId: crypto.randomUUID() } }, admin.token);
    expect(bad.errors?.[0].extensions?.fields).toEqual([{ field: 'input.departmentId', message: 'no such department' }]);
    const north = await server.db.prisma.territory.findFirstOrThrow({ where: { name: 'North' } });
    const manager = await makeUser(server.db.prisma, { role: 'MARKETER' });
    const badRep = await server.gql(RULE, { input: { mode: 'TERRITORY', territoryReps: [{ territoryId: north.id, userIds: [reps[0], manager.id] }] } }, admin.token);
    expect(badRep.errors?.[0].extensions?.fields).toEqual([{ field: 'input.territoryReps.0.userIds.1', message: 'no such active sales user' }]);
    expect((await server.gql('{ leadAssignmentRule { mode } }', {}, admin.token)).data!.leadAssignmentRule.mode).toBe('ROUND_ROBIN');
  });
});
