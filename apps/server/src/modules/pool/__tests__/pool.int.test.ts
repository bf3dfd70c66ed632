import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer } from '../../../seed/factories.ts';

const CLAIM = 'mutation($id: ID!) { claimCustomer(id: $id) { id inPool owner { id } } }';
const RELEASE = 'mutation($id: ID!) { releaseCustomer(id: $id) { id inPool owner { id } } }';

describe('the customer pool (公海)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('lets a rep claim a pool customer and release it, both on the timeline', async () => {
    const rep = await server.signIn('SALES_REP');
    const c = await makeCustomer(server.db.prisma, { name: '公海客户 A' });
    const claimed = await server.gql(CLAIM, { id: c.id }, rep.token);
    expect(claimed.data!.claimCustomer).toEqual({ id: c.id, inPool: false, owner: { id: rep.id } });
    const released = await server.gql(RELEASE, { id: c.id }, rep.token);
    expect(released.data!.releaseCustomer).toEqual({ id: c.id, inPool: true, owner: null });
    const timeline = await server.gql(
      `query($id: ID!) { me { user { name } } customer(id: $id) { timeline { edges { node { kind actor { id } changes { field from to fromLabel toLabel } } } } } }`,
      { id: c.id }, rep.token,
    );
    const name = timeline.data!.me.user.name;
    // the owner change reads as the rep's name, not an id
    expect(timeline.data!.customer.timeline.edges.map((e: any) => e.node)).toEqual([
      { kind: 'RELEASED', actor: { id: rep.id }, changes: [{ field: 'ownerId', from: rep.id, to: null, fromLabel: name, toLabel: null }] },
      { kind: 'CLAIMED', actor: { id: rep.id }, changes: [{ field: 'ownerId', from: null, to: rep.id, fromLabel: null, toLabel: name }] },
    ]);
  });

  it('refuses a claim past the rep’s limit and one that someone else made first', async () => {
    const rep = await server.signIn('SALES_REP', { claimLimit: 1 });
    const other = await server.signIn('SALES_REP');
    const [a, b] = [await makeCustomer(server.db.prisma), await makeCustomer(server.db.prisma)];
    expect((await server.gql(CLAIM, { id: a.id }, rep.token)).errors).toBeUndefined();
    const over = await server.gql(CLAIM, { id: b.id }, rep.token);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLAIM_LIMIT', limit: 1 });
    const status = await server.gql('{ poolStatus { ownedCount claimLimit } }', {}, rep.token);
    expect(status.data!.poolStatus).toEqual({ ownedCount: 1, claimLimit: 1 });
    // a's now owned by rep: invisible to the other rep, so NOT_FOUND rather than a hint
    const taken = await server.gql(CLAIM, { id: a.id }, other.token);
    expect(taken.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('serializes simultaneous claims of one customer: exactly one wins', async () => {
    const reps = await Promise.all([server.signIn('SALES_REP'), server.signIn('SALES_REP'), server.signIn('SALES_REP')]);
    const c = await makeCustomer(server.db.prisma);
    const results = await Promise.all(reps.map((r) => server.gql(CLAIM, { id: c.id }, r.token)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    // a loser that looks after the winner committed no longer sees it (NOT_FOUND); one that
    // raced inside the transaction gets CONFLICT. Either way: one owner, one claim on record.
    const losers = results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code);
    expect(losers.every((code) => code === 'CONFLICT' || code === 'NOT_FOUND')).toBe(true);
    const winner = reps[results.findIndex((r) => !r.errors)];
    expect((await server.db.prisma.customer.findUniqueOrThrow({ where: { id: c.id } })).ownerId).toBe(winner.id);
    expect(await server.db.prisma.auditLog.count({ where: { entityId: c.id, action: 'CLAIMED' } })).toBe(1);
  });

  it('lets admins set the default claim limit and nobody else', async () => {
    const admin = await server.signIn('ADMIN');
    const rep = await server.signIn('SALES_REP');
    const set = 'mutation($n: Int!) { updatePoolSettings(defaultClaimLimit: $n) { defaultClaimLimit } }';
    const days = 'mutation($d: Int!) { updatePoolSettings(autoReleaseDays: $d) { autoReleaseDays } }';
    expect((await server.gql(days, { d: 30 }, rep.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(days, { d: -3 }, admin.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'autoReleaseDays' }] });
    expect((await server.gql(set, { n: 5 }, rep.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(set, { n: -1 }, admin.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await server.gql(set, { n: 5 }, admin.token)).data).toEqual({ updatePoolSettings: { defaultClaimLimit: 5 } });
    expect((await server.gql('{ poolStatus { claimLimit } }', {}, rep.token)).data).toEqual({ poolStatus: { claimLimit: 5 } });
  });

  it('returns customers idle longer than the company limit to the pool, on their timelines', async () => {
    const admin = await server.signIn('ADMIN');
    const rep = await server.signIn('SALES_REP');
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
    const idle = await makeCustomer(server.db.prisma, { ownerId: rep.id, lastActivityAt: daysAgo(40) });
    const active = await makeCustomer(server.db.prisma, { ownerId: rep.id, lastActivityAt: daysAgo(10) });
    const deleted = await makeCustomer(server.db.prisma, { ownerId: rep.id, lastActivityAt: daysAgo(400), deletedAt: new Date() });
    expect(await server.services.pool.releaseInactive()).toBe(0); // off until an admin sets a limit

    const set = await server.gql('mutation { updatePoolSettings(autoReleaseDays: 30) { defaultClaimLimit autoReleaseDays } }', {}, admin.token);
    expect(set.data!.updatePoolSettings.autoReleaseDays).toBe(30);
    expect(await server.services.pool.releaseInactive()).toBeGreaterThanOrEqual(1);
    const owners = await server.db.prisma.customer.findMany({ where: { id: { in: [idle.id, active.id, deleted.id] } }, select: { id: true, ownerId: true, version: true } });
    expect(owners.find((c) => c.id === idle.id)).toMatchObject({ ownerId: null, version: 2 });
    expect(owners.find((c) => c.id === active.id)?.ownerId).toBe(rep.id);
    expect(owners.find((c) => c.id === deleted.id)?.ownerId).toBe(rep.id);
    const timeline = await server.gql(
      'query($id: ID!) { customer(id: $id) { inPool timeline { edges { node { kind actor { id } changes { field from to } } } } } }', { id: idle.id }, rep.token,
    );
    expect(timeline.data!.customer.inPool).toBe(true);
    expect(timeline.data!.customer.timeline.edges[0].node).toEqual({ kind: 'RELEASED', actor: null, changes: [{ field: 'ownerId', from: rep.id, to: null }] });
    expect(await server.services.pool.releaseInactive()).toBe(0); // nothing left to do
    await server.gql('mutation { updatePoolSettings(autoReleaseDays: 0) { autoReleaseDays } }', {}, admin.token);
  });
});
