import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeDepartment, makeUser } from '../../../seed/factories.ts';
import { newId } from '../../../core/ids.ts';

const RULE = `mutation($input: LeadAssignmentRuleInput!) { updateLeadAssignmentRule(input: $input) { mode } }`;
const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { id owner { id } } }`;
const REPS = `mutation($t: ID!, $u: [ID!]!) { setTerritoryReps(territoryId: $t, userIds: $u) { id } }`;

/**
 * TERRITORY lead routing: the rule's own map first; then the reps assigned to the lead's
 * territory, or to its nearest ancestor that has any; then round robin over the department.
 */
describe('lead routing by territory hierarchy', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  let marketer: { id: string; token: string };
  let fallbackRep: string;
  const t: Record<string, string> = {};
  const u: Record<string, string> = {};

  const lead = async (territoryId: string | null) => {
    const res = await server.gql(CREATE, { input: { name: `Lead ${Math.random()}`, territoryId } }, marketer.token);
    expect(res.errors).toBeUndefined();
    return res.data!.createLead.owner?.id ?? null;
  };
  const owners = async (territoryId: string, n: number) => {
    const got: string[] = [];
    for (let i = 0; i < n; i++) got.push(await lead(territoryId));
    return got;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    admin = await server.signIn('ADMIN');
    marketer = await server.signIn('MARKETER');
    const team = await makeDepartment(db);
    fallbackRep = (await makeUser(db, { role: 'SALES_REP', departmentId: team.id })).id;
    for (const name of ['east1', 'east2', 'shanghai', 'mapped', 'inactive']) u[name] = (await makeUser(db, { role: 'SALES_REP' })).id;
    const mk = async (name: string, parent: string | null) => (t[name] = (await db.territory.create({ data: { id: newId(), name, parentId: parent } })).id);
    await mk('east', null);
    await mk('shanghai', t.east!);
    await mk('pudong', t.shanghai!);
    await mk('jiangsu', t.east!);
    await mk('suzhou', t.jiangsu!);
    await mk('lonely', null);
    const reps = async (territory: string, ids: string[]) => expect((await server.gql(REPS, { t: t[territory], u: ids }, admin.token)).errors).toBeUndefined();
    await reps('east', [u.east1!, u.east2!]);
    await reps('shanghai', [u.shanghai!]);
    await reps('jiangsu', [u.inactive!]);
    await db.user.update({ where: { id: u.inactive }, data: { active: false } }); // deactivated since: Jiangsu has no active rep
    const rule = await server.gql(RULE, { input: { mode: 'TERRITORY', departmentId: team.id, territoryReps: [{ territoryId: t.suzhou, userIds: [u.mapped] }] } }, admin.token);
    expect(rule.errors).toBeUndefined();
  });
  afterAll(() => server.close());

  it('uses the territory’s own reps', async () => {
    expect(await owners(t.shanghai!, 2)).toEqual([u.shanghai, u.shanghai]);
  });

  it('walks up to the nearest ancestor with reps (Pudong → Shanghai, not East)', async () => {
    expect(await owners(t.pudong!, 2)).toEqual([u.shanghai, u.shanghai]);
  });

  it('skips ancestors without active reps and deals in turn (Jiangsu → East: two reps, 4 leads → 2 each)', async () => {
    const got = await owners(t.jiangsu!, 4);
    expect([u.east1, u.east2].map((r) => got.filter((o) => o === r).length)).toEqual([2, 2]);
    expect(got.every((o, i) => i === 0 || o !== got[i - 1])).toBe(true);
  });

  it('the rule’s own map wins over assigned reps (Suzhou)', async () => {
    expect(await owners(t.suzhou!, 2)).toEqual([u.mapped, u.mapped]);
  });

  it('falls back to round robin when no territory up the tree has reps, or the lead has none', async () => {
    expect(await lead(t.lonely!)).toBe(fallbackRep);
    expect(await lead(null)).toBe(fallbackRep);
  });
});
