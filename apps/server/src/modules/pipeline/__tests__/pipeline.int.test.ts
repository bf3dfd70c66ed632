import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';

const STAGES = '{ pipelineStages(includeInactive: true) { id name position probability kind active version } }';
const CREATE = 'mutation($input: CreatePipelineStageInput!) { createPipelineStage(input: $input) { id name position probability kind version } }';
const UPDATE = 'mutation($id: ID!, $input: UpdatePipelineStageInput!) { updatePipelineStage(id: $id, input: $input) { id name probability kind active version } }';

describe('pipeline stages through the API', () => {
  let server: TestServer;
  let admin: string;
  let rep: string;
  const stages = async (token = admin) => (await server.gql(STAGES, {}, token)).data!.pipelineStages as any[];
  const fields = (res: any) => JSON.stringify(res.errors?.[0]?.extensions?.fields ?? res.errors);

  beforeAll(async () => {
    server = await startTestServer();
    await ensureDefaultStages(server.db.prisma);
    admin = (await server.signIn('ADMIN')).token;
    rep = (await server.signIn('SALES_REP')).token;
  });
  afterAll(() => server.close());

  it('starts with the default pipeline, readable by reps', async () => {
    const list = await stages(rep);
    expect(list.map((s) => [s.position, s.probability, s.kind])).toEqual([
      [1, 10, 'OPEN'], [2, 20, 'OPEN'], [3, 50, 'OPEN'], [4, 75, 'OPEN'], [5, 100, 'WON'], [6, 0, 'LOST'],
    ]);
    expect(list[0].name).toBe('资格确认 Qualification');
  });

  it('creates stages at the end; WON and LOST take fixed probabilities', async () => {
    const open = await server.gql(CREATE, { input: { name: 'Pilot', probability: 60 } }, admin);
    expect(open.data!.createPipelineStage).toMatchObject({ name: 'Pilot', position: 7, probability: 60, kind: 'OPEN', version: 1 });
    const won = await server.gql(CREATE, { input: { name: 'Signed', kind: 'WON' } }, admin);
    expect(won.data!.createPipelineStage).toMatchObject({ probability: 100, kind: 'WON' });
  });

  it('rejects bad input naming the field, storing nothing', async () => {
    const before = (await stages()).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '', probability: 10 }, 'input.name'],
      [{ name: 'Too likely', probability: 101 }, 'input.probability'],
      [{ name: 'Negative', probability: -1 }, 'input.probability'],
      [{ name: 'No probability' }, 'input.probability'],
      [{ name: 'Odd win', kind: 'WON', probability: 90 }, 'input.probability'],
      [{ name: 'Odd loss', kind: 'LOST', probability: 5 }, 'input.probability'],
    ];
    for (const [input, field] of cases) {
      const res = await server.gql(CREATE, { input }, admin);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(fields(res)).toContain(field);
    }
    expect((await stages()).length).toBe(before);
  });

  it('updates with a version; a stale one answers CONFLICT', async () => {
    const pilot = (await stages()).find((s) => s.name === 'Pilot');
    const ok = await server.gql(UPDATE, { id: pilot.id, input: { version: pilot.version, name: 'Pilot project', probability: 65 } }, admin);
    expect(ok.data!.updatePipelineStage).toMatchObject({ name: 'Pilot project', probability: 65, version: pilot.version + 1 });
    const stale = await server.gql(UPDATE, { id: pilot.id, input: { version: pilot.version, name: 'Lost update' } }, admin);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });

  it('reorders all stages at once, and only with every stage listed', async () => {
    const list = await stages();
    const reversed = [...list].reverse().map((s) => s.id);
    const res = await server.gql('mutation($ids: [ID!]!) { reorderPipelineStages(ids: $ids) { id position } }', { ids: reversed }, admin);
    expect(res.data!.reorderPipelineStages.map((s: any) => s.id)).toEqual(reversed);
    const partial = await server.gql('mutation($ids: [ID!]!) { reorderPipelineStages(ids: $ids) { id } }', { ids: reversed.slice(1) }, admin);
    expect(fields(partial)).toContain('ids');
    await server.gql('mutation($ids: [ID!]!) { reorderPipelineStages(ids: $ids) { id } }', { ids: list.map((s) => s.id) }, admin);
    expect((await stages()).map((s) => s.id)).toEqual(list.map((s) => s.id));
  });

  it('deletes an unused stage, but a stage with deals can only be deactivated', async () => {
    const list = await stages();
    const signed = list.find((s) => s.name === 'Signed');
    const pilot = list.find((s) => s.name === 'Pilot project');
    const customer = await makeCustomer(server.db.prisma);
    await makeOpportunity(server.db.prisma, { customerId: customer.id, stageId: pilot.id });
    const del = 'mutation($id: ID!) { deletePipelineStage(id: $id) }';
    expect((await server.gql(del, { id: signed.id }, admin)).data!.deletePipelineStage).toBe(true);
    const inUse = await server.gql(del, { id: pilot.id }, admin);
    expect(inUse.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STAGE_IN_USE', count: 1 });
    const kind = await server.gql(UPDATE, { id: pilot.id, input: { version: pilot.version, kind: 'WON' } }, admin);
    expect(fields(kind)).toContain('input.kind');
    const off = await server.gql(UPDATE, { id: pilot.id, input: { version: pilot.version, active: false } }, admin);
    expect(off.data!.updatePipelineStage.active).toBe(false);
    expect((await stages(rep)).map((s) => s.name)).toContain('Pilot project');
    const active = (await server.gql('{ pipelineStages { name } }', {}, rep)).data!.pipelineStages.map((s: any) => s.name);
    expect(active).not.toContain('Pilot project');
  });

  it('keeps at least one active OPEN stage', async () => {
    const open = (await stages()).filter((s) => s.kind === 'OPEN' && s.active);
    for (const s of open.slice(1)) await server.gql(UPDATE, { id: s.id, input: { version: s.version, active: false } }, admin);
    const last = open[0];
    const res = await server.gql(UPDATE, { id: last.id, input: { version: last.version, active: false } }, admin);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(res)).toContain('input.active');
    const gone = await server.gql('mutation($id: ID!) { deletePipelineStage(id: $id) }', { id: last.id }, admin);
    expect(gone.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stages()).find((s) => s.id === last.id)).toMatchObject({ active: true });
  });

  it('lets only admins change the pipeline', async () => {
    const res = await server.gql(CREATE, { input: { name: 'Rep stage', probability: 5 } }, rep);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
