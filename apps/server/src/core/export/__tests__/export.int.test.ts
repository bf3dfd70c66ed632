import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makePartner } from '../../../seed/factories.ts';
import { newId } from '../../ids.ts';
import { documentTokens } from '../../search/search-tokens.ts';
import { EXPORT_LISTS } from '../export-registry.ts';

/**
 * Export through real HTTP against a real database: the file's rows are the list's rows
 * (same visibility, filter and order), the CSV and XLSX parse back with standard parsers
 * to what the database holds, and every export is audited.
 */
describe('export', () => {
  let server: TestServer;
  let admin: { id: string; token: string };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn('ADMIN');
  });
  afterAll(() => server.close());

  const get = (path: string, token: string | null, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  const exportPath = (list: string, format: 'csv' | 'xlsx', args?: object, locale = 'en') =>
    `/export/${list}?format=${format}&locale=${locale}${args ? `&filter=${encodeURIComponent(JSON.stringify(args))}` : ''}`;

  async function csvRows(path: string, token: string): Promise<{ res: Response; bytes: Buffer; rows: Record<string, string>[] }> {
    const res = await get(path, token);
    const bytes = Buffer.from(await res.arrayBuffer());
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return { res, bytes, rows: parsed.data };
  }

  /** Every row the viewer's GraphQL list shows for these arguments, all pages. */
  async function listNames(field: string, token: string, args: Record<string, unknown> = {}): Promise<string[]> {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: Record<string, { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> | null } = await server.gql(
        `query($after: String, $filter: CustomerFilter) { ${field}(first: 100, after: $after, filter: $filter) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
        { ...args, after },
        token,
      );
      const page = res.data![field]!;
      names.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) return names;
      after = page.pageInfo.endCursor;
    }
  }

  async function grant(roleKey: string, permission: string) {
    const role = await server.db.prisma.accessRole.findFirstOrThrow({ where: { key: roleKey } });
    await server.db.prisma.accessRole.update({ where: { id: role.id }, data: { permissions: [...new Set([...role.permissions, permission])] } });
  }

  describe('10k customers with Chinese names', () => {
    const COUNT = 10_000;
    const tag = `批量${Date.now()}`;
    let expected: { id: string; name: string; phone: string | null; email: string | null; tier: string; tags: string[] }[];

    beforeAll(async () => {
      const stamp = new Date('2026-06-01T08:00:00Z');
      const rows = Array.from({ length: COUNT }, (_, i) => {
        // quotes, commas and line breaks inside names: RFC 4180 quoting has work to do
        const name = i % 50 === 0 ? `北京"星辰",科技\n有限公司 ${i}` : `上海云帆信息技术有限公司 ${i}`;
        const phone = `1380000${String(i).padStart(4, '0')}`;
        return {
          id: newId(), name, phone, email: i % 3 ? `kehu${i}@例子.cn` : null, tier: i % 2 ? 'KEY' as const : 'STANDARD' as const,
          tags: [tag, '华东'], ownerId: admin.id, searchTokens: documentTokens(name, phone), updatedAt: stamp, createdAt: stamp,
        };
      });
      for (let i = 0; i < rows.length; i += 2000) await server.db.prisma.customer.createMany({ data: rows.slice(i, i + 2000) });
      // the list's default order: updatedAt desc, then id desc (all share one updatedAt: the id decides)
      expected = rows.sort((a, b) => (a.id < b.id ? 1 : -1));
    });

    const tierLabel = (tier: string) => (tier === 'KEY' ? 'Key' : 'Standard');
    const filter = () => ({ filter: { tag } });

    it('round-trips through CSV: UTF-8 with BOM, every row in the list order, equal to the database', async () => {
      const { res, bytes, rows } = await csvRows(exportPath('customers', 'csv', filter()), admin.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('x-total-count')).toBe(String(COUNT));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(rows).toHaveLength(COUNT);
      expect(rows.map((r) => ({ id: r.ID, name: r.Name, phone: r.Phone, email: r.Email || null, tier: r.Tier, tags: r.Tags })))
        .toEqual(expected.map((c) => ({ id: c.id, name: c.name, phone: c.phone, email: c.email, tier: tierLabel(c.tier), tags: c.tags.join('; ') })));
    });

    it('round-trips through XLSX: the same rows, dates as dates', async () => {
      const res = await get(exportPath('customers', 'xlsx', filter()), admin.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-total-count')).toBe(String(COUNT));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const col = (name: string) => header.indexOf(name) + 1;
      expect(sheet.rowCount).toBe(COUNT + 1);
      const got: unknown[] = [];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        got.push({ id: row.getCell(col('ID')).value, name: row.getCell(col('Name')).value, phone: row.getCell(col('Phone')).value, email: row.getCell(col('Email')).value ?? null, tier: row.getCell(col('Tier')).value });
      });
      expect(got).toEqual(expected.map((c) => ({ id: c.id, name: c.name, phone: c.phone, email: c.email, tier: tierLabel(c.tier) })));
      expect(sheet.getRow(2).getCell(col('Created')).value).toEqual(new Date('2026-06-01T08:00:00Z'));
    });

    it('headers and labels follow the language asked for', async () => {
      const { rows } = await csvRows(`${exportPath('customers', 'csv', filter(), 'zh-CN')}`, admin.token);
      expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['名称', '等级', '负责人', '创建时间']));
      expect(new Set(rows.map((r) => r['等级']))).toEqual(new Set(['重点', '普通']));
    });
  });

  it('writes one audit entry per export with the filter and the row count', async () => {
    const tag = `audit${Date.now()}`;
    await makeCustomer(server.db.prisma, { name: '审计客户', tags: [tag], ownerId: admin.id });
    const res = await get(exportPath('customers', 'csv', { filter: { tag } }), admin.token);
    await res.arrayBuffer();
    const entries = await server.db.prisma.auditLog.findMany({ where: { entity: 'customers', action: 'EXPORTED', actorId: admin.id } });
    const mine = entries.filter((e) => JSON.stringify(e.changes).includes(tag));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.changes).toEqual([
      { field: 'format', from: null, to: 'csv' },
      { field: 'filter', from: null, to: JSON.stringify({ filter: { tag } }) },
      { field: 'rows', from: null, to: '1' },
    ]);
  });

  it('guards cells a spreadsheet would run as a formula', async () => {
    const tag = `formula${Date.now()}`;
    for (const name of ['=HYPERLINK("http://evil.test","x")', '+86 138', '-1+2', '@SUM(A1)', 'plain']) {
      await makeCustomer(server.db.prisma, { name, tags: [tag], ownerId: admin.id });
    }
    const { rows } = await csvRows(exportPath('customers', 'csv', { filter: { tag }, orderBy: { field: 'NAME', direction: 'ASC' } }), admin.token);
    expect(rows.map((r) => r.Name).sort()).toEqual(["'+86 138", "'-1+2", '\'=HYPERLINK("http://evil.test","x")', "'@SUM(A1)", 'plain'].sort());
  });

  it('a rep exports exactly what the rep\'s own list shows', async () => {
    await grant('SALES_REP', 'customer:export');
    const rep = await server.signIn('SALES_REP');
    const other = await server.signIn('SALES_REP');
    const tag = `rep${Date.now()}`;
    await makeCustomer(server.db.prisma, { name: '自己的客户', tags: [tag], ownerId: rep.id });
    await makeCustomer(server.db.prisma, { name: '公海客户', tags: [tag], ownerId: null });
    await makeCustomer(server.db.prisma, { name: '别人的客户', tags: [tag], ownerId: other.id });
    const args = { filter: { tag } };
    const { rows, res } = await csvRows(exportPath('customers', 'csv', args), rep.token);
    expect(res.status).toBe(200);
    const names = rows.map((r) => r.Name);
    expect(names).toEqual(await listNames('customers', rep.token, args));
    expect(names.sort()).toEqual(['公海客户', '自己的客户'].sort());
    expect(res.headers.get('x-total-count')).toBe('2');
  });

  it('a partner user exports only their own company\'s customers', async () => {
    await grant('PARTNER', 'customer:export');
    const partner = await makePartner(server.db.prisma);
    const elsewhere = await makePartner(server.db.prisma);
    const user = await server.signIn('PARTNER', { partnerId: partner.id });
    const tag = `partner${Date.now()}`;
    await makeCustomer(server.db.prisma, { name: '伙伴客户甲', tags: [tag], partnerId: partner.id });
    await makeCustomer(server.db.prisma, { name: '伙伴客户乙', tags: [tag], partnerId: partner.id, ownerId: null });
    await makeCustomer(server.db.prisma, { name: '其他伙伴客户', tags: [tag], partnerId: elsewhere.id });
    await makeCustomer(server.db.prisma, { name: '直销客户', tags: [tag], ownerId: admin.id });
    const args = { filter: { tag } };
    const { rows } = await csvRows(exportPath('customers', 'csv', args), user.token);
    const names = rows.map((r) => r.Name);
    expect(names).toEqual(await listNames('customers', user.token, args));
    expect(names.sort()).toEqual(['伙伴客户乙', '伙伴客户甲'].sort());
  });

  it('an API key without the export permission gets 403 in the GraphQL error shape; with it, the file', async () => {
    const created = async (scopes: string[]) => {
      const res = await server.gql<{ createApiKey: { key: string } }>(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
        { input: { name: `export ${scopes.join(' ')}`, scopes } },
        admin.token,
      );
      return res.data!.createApiKey.key;
    };
    const readOnly = await created(['customer:read']);
    const denied = await get(exportPath('customers', 'csv'), readOnly);
    expect(denied.status).toBe(403);
    const body = (await denied.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0]!.message).toContain('customer:export');

    const exporter = await created(['customer:read', 'customer:export']);
    const allowed = await get(exportPath('customers', 'csv'), exporter);
    expect(allowed.status).toBe(200);
    await allowed.arrayBuffer();
  });

  it('refuses what it cannot do with a status and the field at fault', async () => {
    const problem = async (path: string, token: string | null, headers: Record<string, string> = {}) => {
      const res = await get(path, token, headers);
      const body = (await res.json()) as { errors: { extensions: { code: string; fields?: { field: string }[] } }[] };
      return { status: res.status, code: body.errors[0]!.extensions.code, field: body.errors[0]!.extensions.fields?.[0]?.field };
    };
    expect(await problem(exportPath('customers', 'csv'), null)).toEqual({ status: 401, code: 'UNAUTHENTICATED', field: undefined });
    expect(await problem('/export/customers?format=pdf', admin.token)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'format' });
    expect(await problem('/export/customers?locale=fr', admin.token)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'locale' });
    expect(await problem('/export/customers?filter=%7Bnot-json', admin.token)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'filter' });
    expect(await problem(exportPath('customers', 'csv', { colour: 'red' }), admin.token)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'filter.colour' });
    // the list's own input types: an enum value it does not know, a string longer than its rule allows
    expect(await problem(exportPath('customers', 'csv', { filter: { lifecycleStage: ['NOPE'] } }), admin.token))
      .toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'filter.lifecycleStage[0]' });
    expect(await problem(exportPath('customers', 'csv', { filter: { search: 'x'.repeat(101) } }), admin.token))
      .toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect((await problem('/export/nothing', admin.token)).status).toBe(404);
    // the session cookie alone (what a cross-site link would carry) is not enough
    const cookie = { cookie: `panorama_session=${admin.token}` };
    expect(await problem(exportPath('customers', 'csv'), null, cookie)).toEqual({ status: 403, code: 'FORBIDDEN', field: undefined });
    const fromApp = await get(exportPath('customers', 'csv'), null, { ...cookie, 'x-requested-with': 'panorama' });
    expect(fromApp.status).toBe(200);
    await fromApp.arrayBuffer();
  });

  it('exports every registered list as CSV and XLSX', async () => {
    for (const list of EXPORT_LISTS) {
      for (const format of ['csv', 'xlsx'] as const) {
        const res = await get(exportPath(list.name, format), admin.token);
        const bytes = Buffer.from(await res.arrayBuffer());
        expect({ list: list.name, format, status: res.status }).toEqual({ list: list.name, format, status: 200 });
        expect(Number(res.headers.get('x-total-count'))).toBeGreaterThanOrEqual(0);
        if (format === 'csv') expect(bytes.toString('utf8')).toMatch(/^\uFEFFID,/);
        else expect(bytes.subarray(0, 2).toString()).toBe('PK');
      }
    }
  });

  it('a client that goes away mid-download stops the export and leaves the server serving', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}${exportPath('customers', 'xlsx')}`, { headers: { authorization: `Bearer ${admin.token}` }, signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.read().catch(() => undefined);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
