import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { importFile, PREVIEW, UNDO, base64 } from './import-client.ts';

/** "名称,邮箱\n上海明德,gbk@import.example" in GBK, as Chinese Excel saves CSV (Node has no GBK encoder). */
const GBK_FILE = new Uint8Array([
  0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xd3, 0xca, 0xcf, 0xe4, 0x0a, 0xc9, 0xcf, 0xba, 0xa3, 0xc3, 0xf7, 0xb5, 0xc2, 0x2c,
  ...new TextEncoder().encode('gbk@import.example'),
]);

describe('import of customers', () => {
  let server: TestServer;
  let manager: { id: string; token: string };
  let otherManager: { id: string; token: string };
  const count = (where: object = {}) => server.db.prisma.customer.count({ where });

  beforeAll(async () => {
    server = await startTestServer();
    const north = await makeDepartment(server.db.prisma, { name: 'North' });
    const south = await makeDepartment(server.db.prisma, { name: 'South' });
    manager = await server.signIn('SALES_MANAGER', { departmentId: north.id });
    otherManager = await server.signIn('SALES_MANAGER', { departmentId: south.id });
  });
  afterAll(() => server.close());

  it('previews the columns, a suggested mapping (the saved one first) and the first rows', async () => {
    const file = '名称,Email,备注\n北京星辰科技,a@preview.example,x\n';
    const res = await server.gql(PREVIEW, { entity: 'CUSTOMER', file: base64(file), fileName: 'p.csv' }, manager.token);
    expect(res.data!.previewImport).toMatchObject({
      columns: ['名称', 'Email', '备注'], rows: [['北京星辰科技', 'a@preview.example', 'x']], rowCount: 1,
      mapping: [{ column: '名称', field: 'name' }, { column: 'Email', field: 'email' }], matchKeys: ['EXTERNAL_ID', 'EMAIL', 'NAME_PHONE'],
    });
  });

  it('dry run reports what would happen and stores nothing', async () => {
    const before = await count();
    const audits = await server.db.prisma.auditLog.count();
    const res = await importFile(server, manager.token, 'name,email\n甲公司,jia@dry.example\n乙公司,yi@dry.example\n', { dryRun: true });
    expect(res.data!.importRecords).toMatchObject({ stored: false, batchId: null, created: 2, errorCount: 0 });
    expect(await count()).toBe(before);
    expect(await server.db.prisma.auditLog.count()).toBe(audits);
    expect(await server.db.prisma.importBatch.count()).toBe(0);
  });

  it('one bad row stores nothing and is named by row and field; skipErrorRows stores the rest', async () => {
    const before = await count();
    const file = 'name,email,tier\n丙公司,bing@err.example,重点\n丁公司,not-an-email,STANDARD\n,wu@err.example,Gold\n';
    const res = await importFile(server, manager.token, file);
    expect(res.data!.importRecords).toMatchObject({
      stored: false, created: 1,
      errors: [
        { row: 3, field: 'email', message: 'not an email address' },
        { row: 4, field: 'name', message: 'is required' },
        { row: 4, field: 'tier', message: 'must be one of STRATEGIC, KEY, STANDARD, SMALL' },
      ],
    });
    expect(await count()).toBe(before);
    const skipping = await importFile(server, manager.token, file, { skipErrorRows: true });
    expect(skipping.data!.importRecords).toMatchObject({ stored: true, created: 1, skipped: 2, errorCount: 3 });
    expect(await server.db.prisma.customer.findFirst({ where: { email: 'bing@err.example' } })).toMatchObject({ name: '丙公司', tier: 'KEY', ownerId: manager.id });
  });

  it('reports duplicates in the file (errors) and against the database (skipped when inserting only)', async () => {
    const existing = await makeCustomer(server.db.prisma, { name: 'Existing', email: 'dup@db.example', ownerId: manager.id });
    const file = 'name,email\nA,dup@file.example\nB,DUP@file.example\nC,dup@db.example\n';
    const res = await importFile(server, manager.token, file, { matchKey: 'EMAIL' });
    expect(res.data!.importRecords).toMatchObject({
      stored: false,
      errors: [{ row: 3, field: 'email', message: 'same as row 2' }],
      duplicates: [{ row: 3, sameAsRow: 2, recordId: null }, { row: 4, sameAsRow: null, recordId: existing.id }],
    });
    const ok = await importFile(server, manager.token, 'name,email\nA,dup2@file.example\nC,dup@db.example\n', { matchKey: 'EMAIL' });
    expect(ok.data!.importRecords).toMatchObject({ stored: true, created: 1, skipped: 1, duplicates: [{ row: 3, recordId: existing.id }] });
  });

  it('upserts by external id and by email, recording the changes; undo restores', async () => {
    const first = await importFile(server, manager.token, 'External ID,Name,Email,City\nX-1,戊公司,wu@up.example,杭州\nX-2,己公司,ji@up.example,苏州\n', { matchKey: 'EXTERNAL_ID', mode: 'UPSERT' });
    expect(first.data!.importRecords).toMatchObject({ stored: true, created: 2 });
    const x1 = await server.db.prisma.customer.findFirstOrThrow({ where: { externalId: 'X-1' } });

    const byExternal = await importFile(server, manager.token, 'External ID,Name,City\nX-1,戊公司（新）,杭州\nX-2,己公司,苏州\nX-3,庚公司,\n', { matchKey: 'EXTERNAL_ID', mode: 'UPSERT' });
    expect(byExternal.data!.importRecords).toMatchObject({ stored: true, created: 1, updated: 1, unchanged: 1 });
    expect(await server.db.prisma.customer.findUniqueOrThrow({ where: { id: x1.id } })).toMatchObject({ name: '戊公司（新）', version: 2 });
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: x1.id, action: 'UPDATED' } });
    expect(audit.changes).toEqual([{ field: 'name', from: '戊公司', to: '戊公司（新）' }]);
    expect(await server.db.prisma.outboxEvent.count({ where: { entityId: x1.id, type: 'customer.updated' } })).toBe(1);

    const byEmail = await importFile(server, manager.token, 'Email,Name,Phone\nji@up.example,己公司,0512-1\n', { matchKey: 'EMAIL', mode: 'UPSERT' });
    expect(byEmail.data!.importRecords).toMatchObject({ updated: 1 });

    // undo the external-id batch: 庚 deleted, 戊 renamed back
    const undo = await server.gql(UNDO, { id: byExternal.data!.importRecords.batchId }, manager.token);
    expect(undo.data!.undoImport.undoneAt).toBeTruthy();
    expect(await server.db.prisma.customer.findFirst({ where: { externalId: 'X-3' } })).toBeNull();
    expect(await server.db.prisma.customer.findUniqueOrThrow({ where: { id: x1.id } })).toMatchObject({ name: '戊公司' });
    const again = await server.gql(UNDO, { id: byExternal.data!.importRecords.batchId }, manager.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_ALREADY_UNDONE' });

    // the first batch's 己 was changed since by the email import: undo refuses, changing nothing
    const refused = await server.gql(UNDO, { id: first.data!.importRecords.batchId }, manager.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_RECORDS_CHANGED' });
    expect(await server.db.prisma.customer.count({ where: { externalId: { in: ['X-1', 'X-2'] } } })).toBe(2);
    // another user cannot undo someone's batch
    const foreign = await server.gql(UNDO, { id: byEmail.data!.importRecords.batchId }, otherManager.token);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a manager cannot update another team’s customer through import: an error row, nothing stored', async () => {
    const theirs = await makeCustomer(server.db.prisma, { name: 'Theirs', email: 'theirs@team.example', ownerId: otherManager.id });
    const res = await importFile(server, manager.token, 'name,email\nMine now,theirs@team.example\n', { matchKey: 'EMAIL', mode: 'UPSERT' });
    expect(res.data!.importRecords).toMatchObject({ stored: false, errors: [{ row: 2, field: 'email', message: 'matches a record you may not change' }] });
    expect(await server.db.prisma.customer.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: 'Theirs', version: 1 });
    // nor reuse an external id another record holds
    await makeCustomer(server.db.prisma, { name: 'Held', externalId: 'HELD-1', ownerId: otherManager.id });
    const held = await importFile(server, manager.token, 'name,External ID\nNew,HELD-1\n');
    expect(held.data!.importRecords.errors).toEqual([{ row: 2, field: 'externalId', message: 'already used by another record' }]);
  });

  it('reads a GBK file', async () => {
    const res = await importFile(server, manager.token, GBK_FILE, { fileName: '客户.csv' });
    expect(res.data!.importRecords).toMatchObject({ stored: true, created: 1 });
    expect(await server.db.prisma.customer.findFirst({ where: { email: 'gbk@import.example' } })).toMatchObject({ name: '上海明德' });
  });

  it('saves the mapping per user and offers it next time', async () => {
    await importFile(server, manager.token, 'Firma,Mail\nSaved Co,saved@map.example\n', { mapping: { Firma: 'name', Mail: 'email' } });
    const preview = await server.gql(PREVIEW, { entity: 'CUSTOMER', file: base64('Firma,Mail\nx,y\n'), fileName: 'p.csv' }, manager.token);
    expect(preview.data!.previewImport.mapping).toEqual([{ column: 'Firma', field: 'name' }, { column: 'Mail', field: 'email' }]);
    const other = await server.gql(PREVIEW, { entity: 'CUSTOMER', file: base64('Firma,Mail\nx,y\n'), fileName: 'p.csv' }, otherManager.token);
    expect(other.data!.previewImport.mapping).toEqual([]);
  });

  it('refuses reps (no import permission) and partners', async () => {
    const rep = await server.signIn('SALES_REP');
    const res = await importFile(server, rep.token, 'name\nA\n');
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
