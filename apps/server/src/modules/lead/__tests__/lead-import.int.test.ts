import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeLead } from './lead-factories.ts';

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) { importLeads(csv: $csv, dryRun: $dryRun) { created valid skippedDuplicates skippedRows } }`;
const HEADER = 'name,company,title,email,phone,source,description';

describe('CSV import of leads', () => {
  let server: TestServer;
  let rep: { id: string; token: string };

  beforeAll(async () => {
    server = await startTestServer();
    rep = await server.signIn('SALES_REP');
    await makeLead(server.db.prisma, { name: 'Existing', email: 'existing@import.example', ownerId: null });
  });
  afterAll(() => server.close());

  it('stores nothing when any row is bad, naming every bad cell by row number', async () => {
    const before = await server.db.prisma.lead.count();
    const csv = [HEADER, '周杰,上海明德,经理,zhoujie@mingde.example,13800000000,EVENT,', ',NoName Ltd,,,,,', 'Bad Mail,,,not-mail,,,', 'Bad Source,,,,,TELEPATHY,'].join('\n');
    const res = await server.gql(IMPORT, { csv }, rep.token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['rows[2].name', 'rows[3].email', 'rows[4].source']);
    expect(await server.db.prisma.lead.count()).toBe(before);
  });

  it('rejects a file without the name column or with unknown columns', async () => {
    const noName = await server.gql(IMPORT, { csv: 'company,email\nAcme,a@b.example' }, rep.token);
    expect(noName.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'csv' })]);
    const unknown = await server.gql(IMPORT, { csv: 'name,fax\nA,123' }, rep.token);
    expect(unknown.errors?.[0].extensions?.fields?.[0].message).toMatch(/unknown column "fax"/);
  });

  it('refuses more than 5000 rows', async () => {
    const csv = [HEADER, ...[...Array(5001).keys()].map((i) => `Person ${i},,,,,,`)].join('\n');
    const res = await server.gql(IMPORT, { csv }, rep.token);
    expect(res.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'csv', message: 'has 5001 rows; at most 5000 per import' });
  });

  it('dry run counts without storing; import skips duplicates in the file and existing leads', async () => {
    const csv = [
      HEADER,
      '"Li, Lei",北京星辰科技,"Head of ""IT""",lilei@xc.example,,web form,"multi',
      'line"',
      'Han Meimei,,,LILEI@xc.example,,,',
      'Old One,,,existing@import.example,,,',
      'No Email,,,,,,',
      '',
    ].join('\r\n');
    const before = await server.db.prisma.lead.count();
    const dry = await server.gql(IMPORT, { csv, dryRun: true }, rep.token);
    expect(dry.data!.importLeads).toEqual({ created: 0, valid: 4, skippedDuplicates: 2, skippedRows: [2, 3] });
    expect(await server.db.prisma.lead.count()).toBe(before);
    const res = await server.gql(IMPORT, { csv }, rep.token);
    expect(res.data!.importLeads).toEqual({ created: 2, valid: 4, skippedDuplicates: 2, skippedRows: [2, 3] });
    const li = await server.db.prisma.lead.findFirstOrThrow({ where: { email: 'lilei@xc.example' } });
    expect(li).toMatchObject({ name: 'Li, Lei', title: 'Head of "IT"', source: 'WEB_FORM', description: 'multi\r\nline', createdById: rep.id });
    expect(await server.db.prisma.lead.findFirst({ where: { name: 'No Email' } })).toMatchObject({ source: 'IMPORT' });
    expect(await server.db.prisma.auditLog.count({ where: { entity: 'Lead', action: 'IMPORTED' } })).toBe(2);
    // the rep sees the imported pool leads
    const list = await server.gql(`{ leads(filter: { search: "Li, Lei" }) { totalCount } }`, {}, rep.token);
    expect(list.data!.leads.totalCount).toBe(1);
  });
});
