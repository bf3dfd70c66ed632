import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { DEFAULT_RATES, ensureDefaultRates } from '../../../seed/currency-rates.ts';

const RATES = '{ currencyRates { baseCurrency rates { currency rate } } }';
const SET = 'mutation($c: String!, $r: String!) { setCurrencyRate(currency: $c, rate: $r) { currency rate updatedAt } }';
const DELETE = 'mutation($c: String!) { deleteCurrencyRate(currency: $c) }';

describe('currency rates through the API', () => {
  let server: TestServer;
  let admin: { id: string; token: string };
  let rep: { id: string; token: string };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
    rep = await server.signIn('SALES_REP');
  });
  afterAll(() => server.close());

  it('seeds the example rates once, and not again after an admin deleted them', async () => {
    await ensureDefaultRates(server.db.prisma);
    const res = await server.gql(RATES, {}, rep.token);
    expect(res.data!.currencyRates.baseCurrency).toBe('CNY');
    expect(res.data!.currencyRates.rates).toEqual(
      Object.keys(DEFAULT_RATES).sort().map((c) => ({ currency: c, rate: expect.any(String) })),
    );
    expect(res.data!.currencyRates.rates.find((r: any) => r.currency === 'JPY').rate).toBe('0.04700000');
    await server.db.prisma.currencyRate.deleteMany({});
    await ensureDefaultRates(server.db.prisma);
    expect(await server.db.prisma.currencyRate.count()).toBe(0);
  });

  it('admin sets, changes and deletes a rate; each change is audited', async () => {
    const created = await server.gql(SET, { c: ' usd ', r: '7.1' }, admin.token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.setCurrencyRate).toMatchObject({ currency: 'USD', rate: '7.10000000' });
    await server.gql(SET, { c: 'USD', r: '7.25' }, admin.token);
    expect((await server.gql(RATES, {}, admin.token)).data!.currencyRates.rates).toEqual([{ currency: 'USD', rate: '7.25000000' }]);
    expect((await server.gql(DELETE, { c: 'USD' }, admin.token)).data!.deleteCurrencyRate).toBe(true);
    const audit = await server.db.prisma.auditLog.findMany({ where: { entity: 'CurrencyRate', entityId: 'USD' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId, a.changes])).toEqual([
      ['CREATED', admin.id, [{ field: 'rate', from: null, to: '7.10000000' }]],
      ['UPDATED', admin.id, [{ field: 'rate', from: '7.10000000', to: '7.25000000' }]],
      ['DELETED', admin.id, [{ field: 'rate', from: '7.25000000', to: null }]],
    ]);
    expect((await server.gql(DELETE, { c: 'USD' }, admin.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('bad input names the field and stores nothing', async () => {
    const fieldOf = async (c: string, r: string) => {
      const res = await server.gql(SET, { c, r }, admin.token);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.fields!.map((e) => e.field);
    };
    expect(await fieldOf('US', '7')).toEqual(['currency']);
    expect(await fieldOf('XYZ', '7')).toEqual(['currency']);
    expect(await fieldOf('CNY', '1')).toEqual(['currency']); // the base currency is always 1
    expect(await fieldOf('EUR', '0')).toEqual(['rate']);
    expect(await fieldOf('EUR', '-1')).toEqual(['rate']);
    expect(await fieldOf('EUR', 'abc')).toEqual(['rate']);
    expect(await fieldOf('EUR', '1.123456789')).toEqual(['rate']);
    expect(await server.db.prisma.currencyRate.count({ where: { currency: 'EUR' } })).toBe(0);
  });

  it('only admins change rates', async () => {
    const res = await server.gql(SET, { c: 'EUR', r: '7.7' }, rep.token);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
