import { ESLint } from 'eslint';
import { repoRoot } from '../../../config.ts';

/*
 * The conventions eslint.config.js enforces, proven on probe texts: each rule must catch its
 * probe (a guard that never fires is no guard), and stay quiet where the convention allows it.
 * The files are virtual: lintText applies the config the path would get.
 */
const eslint = new ESLint({ cwd: repoRoot });

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${filePath}` });
  return result!.messages.map((m) => ({ rule: m.ruleId, severity: m.severity, line: m.line, message: m.message }));
}

/** The errors of one rule, as "line: rule" (a parse error shows up too, with rule null). */
async function errors(filePath: string, code: string): Promise<string[]> {
  return (await lint(filePath, code)).filter((m) => m.severity === 2).map((m) => `${m.line}: ${m.rule}`);
}

const PRISMA = 'no-restricted-syntax';

const serviceWithThisDb = `
export class ProbeService {
  constructor(private readonly db: { customer: { findMany(): Promise<unknown[]> } }) {}
  list() {
    return this.db.customer.findMany();
  }
}
`;

const serviceWithTx = `
type Tx = { $queryRaw(strings: TemplateStringsArray, ...values: unknown[]): Promise<unknown> };
export async function lockRow(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw\`SELECT id FROM "User" WHERE id = \${id} FOR UPDATE\`;
}
`;

describe('only repositories touch Prisma', () => {
  it('catches this.db in a service', async () => {
    expect(await errors('apps/server/src/modules/probe/probe.service.ts', serviceWithThisDb)).toEqual([`5: ${PRISMA}`]);
  });

  it('catches tx.$queryRaw in a service', async () => {
    expect(await errors('apps/server/src/modules/probe/probe.service.ts', serviceWithTx)).toEqual([`4: ${PRISMA}`]);
  });

  it('catches db, prisma and tx anywhere in the server outside the data layer', async () => {
    const code = `
export async function probe(db: any, prisma: any, tx: any, deps: any) {
  await db.customer.findMany();
  await prisma.$transaction([]);
  await tx.note.create({});
  await deps.db.$queryRaw\`SELECT 1\`;
}
`;
    const expected = [3, 4, 5, 6].map((line) => `${line}: ${PRISMA}`);
    expect(await errors('apps/server/src/core/probe/probe.ts', code)).toEqual(expected);
    expect(await errors('apps/server/src/modules/probe/probe.resolver.ts', code)).toEqual(expected);
    expect(await errors('apps/server/src/modules/probe/probe-rules.ts', code)).toEqual(expected);
  });

  it('catches a query run from a *.sql.ts file, which only builds fragments', async () => {
    const code = `
import { Prisma } from '../../generated/prisma/client.ts';
export const probeSql = (id: string) => Prisma.sql\`SELECT \${id}\`;
export async function probeIds(db: any, id: string) {
  return db.$queryRaw\`SELECT * FROM \${probeSql(id)}\`;
}
`;
    expect(await errors('apps/server/src/modules/probe/probe.sql.ts', code)).toEqual([`5: ${PRISMA}`]);
  });

  it('allows the same code in the data layer and tests', async () => {
    for (const filePath of [
      'apps/server/src/core/db/probe.ts',
      'apps/server/src/seed/probe.ts',
      'apps/server/src/cli/probe.ts',
      'apps/server/src/test-support/probe.ts',
      'apps/server/src/modules/probe/__tests__/probe.test.ts',
    ]) {
      expect({ filePath, messages: await lint(filePath, serviceWithThisDb + serviceWithTx) }).toEqual({ filePath, messages: [] });
    }
  });

  it('allows fragment builders (Prisma the namespace) and the Database wrapper in the composition root', async () => {
    const fragment = `
import { Prisma } from '../../generated/prisma/client.ts';
export const probeSql = (id: string) => Prisma.sql\`SELECT \${id}\`;
`;
    expect(await lint('apps/server/src/modules/probe/probe.sql.ts', fragment)).toEqual([]);
    const main = `
export async function stop(db: { close(): Promise<void> }): Promise<void> {
  await db.close();
}
`;
    expect(await lint('apps/server/src/main.ts', main)).toEqual([]);
  });
});

describe('repositories query through the access layer', () => {
  const repository = 'apps/server/src/modules/probe/probe.repository.ts';

  it('catches an unscoped model delegate or transaction on this.db', async () => {
    const code = `
export class ProbeRepository {
  constructor(private readonly db: any) {}
  list() {
    return this.db.customer.findMany();
  }
  transaction(fn: any) {
    return this.db.$transaction(fn);
  }
}
`;
    expect(await errors(repository, code)).toEqual([`5: ${PRISMA}`, `8: ${PRISMA}`]);
  });

  it('catches raw SQL that neither takes the scope nor runs on a system client, and unsafe raw SQL', async () => {
    const code = `
export class ProbeRepository {
  constructor(private readonly db: any) {}
  byId(tx: any, id: string) {
    return tx.$queryRaw\`SELECT * FROM "Customer" WHERE id = \${id}\`;
  }
  names() {
    return this.db.$queryRaw\`SELECT name FROM "Customer"\`;
  }
  unsafe(sql: string) {
    return this.db.$queryRawUnsafe(sql);
  }
}
`;
    expect(await errors(repository, code)).toEqual([`5: ${PRISMA}`, `8: ${PRISMA}`, `11: ${PRISMA}`, `11: ${PRISMA}`]);
  });

  it('allows scoped delegates, raw SQL with the access predicate, and named system clients', async () => {
    const code = `
declare function scopedClient(db: any, scope: any): any;
declare function systemClient(db: any, reason: string): any;
declare function visibleSql(model: string, scope: any, alias: string): any;
export class ProbeRepository {
  constructor(private readonly db: any) {}
  list(scope: any) {
    return scopedClient(this.db, scope).customer.findMany();
  }
  transaction(scope: any, fn: any) {
    return scopedClient(this.db, scope).$transaction(fn);
  }
  names(scope: any) {
    return this.db.$queryRaw\`SELECT c.name FROM "Customer" c WHERE \${visibleSql('Customer', scope, 'c')}\`;
  }
  sweep(tx: any) {
    const system = systemClient(tx, 'probe sweep: every owner');
    return system.$executeRaw\`UPDATE "Customer" SET "ownerId" = NULL\`;
  }
  count() {
    return systemClient(this.db, 'probe: a reason').$queryRaw\`SELECT count(*) FROM "Customer"\`;
  }
}
`;
    expect(await lint(repository, code)).toEqual([]);
  });
});

describe('only the change path writes audit rows and events', () => {
  const writes = `
type Client = { auditLog: { create(a: unknown): Promise<unknown> }; outboxEvent: { createMany(a: unknown): Promise<unknown> }; $executeRaw(s: TemplateStringsArray, ...v: unknown[]): Promise<number> };
export async function probe(system: Client, id: string) {
  await system.auditLog.create({ data: { id } });
  await system.outboxEvent.createMany({ data: [] });
  await system.$executeRaw\`INSERT INTO "AuditLog" (id) SELECT \${id}\`;
  await system.$executeRaw\`DELETE FROM "OutboxEvent" WHERE id = \${id}\`;
}
`;

  it('catches delegate writes and raw SQL writes in a repository, a service and a seed', async () => {
    const expected = [`4: ${PRISMA}`, `5: ${PRISMA}`, `6: ${PRISMA}`, `7: ${PRISMA}`];
    expect(await errors('apps/server/src/modules/probe/probe.repository.ts', writes)).toEqual(expected);
    expect(await errors('apps/server/src/modules/probe/probe-helper.ts', writes)).toEqual(expected);
    expect(await errors('apps/server/src/seed/probe.ts', writes)).toEqual(expected);
  });

  it('allows them in the change path, and reading audit rows anywhere in the data layer', async () => {
    expect(await errors('apps/server/src/core/changes/probe.ts', writes)).toEqual([]);
    const reads = `
type Client = { auditLog: { findMany(a: unknown): Promise<unknown[]> }; $queryRaw(s: TemplateStringsArray, ...v: unknown[]): Promise<unknown[]> };
export const probe = (system: Client) => Promise.all([system.auditLog.findMany({}), system.$queryRaw\`SELECT count(*) FROM "AuditLog"\`]);
`;
    expect(await errors('apps/server/src/modules/probe/probe.repository.ts', reads)).toEqual([]);
  });
});

describe('dependency direction', () => {
  const IMPORTS = 'no-restricted-imports';

  it('keeps the web app from importing the server', async () => {
    const web = 'apps/web/src/lib/probe.ts';
    for (const from of ['../../../server/src/config.ts', '../../../../apps/server/src/config.ts', '@panorama/server', '@panorama/server/config']) {
      expect({ from, errors: await errors(web, `import { repoRoot } from '${from}';\nexport const root = repoRoot;\n`) }).toEqual({ from, errors: [`1: ${IMPORTS}`] });
    }
    expect(await lint(web, `import { formatMoney } from './format.ts';\nexport const f = formatMoney;\n`)).toEqual([]);
  });

  it('keeps e2e tests from importing the server', async () => {
    expect(await errors('e2e/tests/probe.spec.ts', `import { repoRoot } from '../../apps/server/src/config.ts';\nexport const root = repoRoot;\n`)).toEqual([`1: ${IMPORTS}`]);
  });

  it('keeps packages/schema from importing any app', async () => {
    const schema = 'packages/schema/src/probe.ts';
    for (const from of ['../../../apps/server/src/config.ts', '../../../apps/web/src/lib/format.ts', '@panorama/web', '@panorama/server']) {
      expect({ from, errors: await errors(schema, `import { x } from '${from}';\nexport const y = x;\n`) }).toEqual({ from, errors: [`1: ${IMPORTS}`] });
    }
  });
});
