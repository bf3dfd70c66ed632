import fs from 'node:fs';
import path from 'node:path';
import { Prisma } from '../../../generated/prisma/client.ts';
import { repoRoot } from '../../../config.ts';
import { ACCESS_RULES, AUDITED_MODELS } from '../rules.ts';
import type { Scope } from '../../auth/scope.ts';

/** Every model of prisma/schema.prisma declares its visibility once (SPEC §5). */
describe('access rules', () => {
  const schemaModels = [...fs.readFileSync(path.join(repoRoot, 'prisma', 'schema.prisma'), 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);

  it('has a rule for every model of the schema and of the generated client, and none for models that do not exist', () => {
    const ruled = Object.keys(ACCESS_RULES).sort();
    expect(ruled).toEqual([...schemaModels].sort());
    expect(ruled).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it('gives each rule a description people can read', () => {
    for (const [model, rule] of Object.entries(ACCESS_RULES)) expect(`${model}: ${rule.describe}`).toMatch(/^\w+: \w/);
  });

  it('writes audit entries only about models with a rule', () => {
    for (const model of AUDITED_MODELS) expect(schemaModels).toContain(model);
  });

  it('shows a partner user nothing of the pool, of internal catalogue data or of another company', () => {
    const partner: Scope = { kind: 'partner', userId: 'u1', role: 'PARTNER', partnerId: 'p1' };
    expect(ACCESS_RULES.Customer.where(partner)).toEqual({ partnerId: 'p1' });
    expect(ACCESS_RULES.PriceBook.sql(partner, 'x').sql).toBe('FALSE');
    expect(ACCESS_RULES.Territory.sql(partner, 'x').sql).toBe('FALSE');
    // the products and stages of the deals a partner sees are theirs to read
    expect(ACCESS_RULES.Product.sql(partner, 'x').sql).toBe('TRUE');
    expect(ACCESS_RULES.PipelineStage.sql(partner, 'x').sql).toBe('TRUE');
    expect(ACCESS_RULES.Lead.sql(partner, 'x').sql).toBe('FALSE');
    const orphan: Scope = { kind: 'partner', userId: 'u2', role: 'PARTNER', partnerId: null };
    expect(ACCESS_RULES.Customer.sql(orphan, 'c').sql).toBe('FALSE');
  });

  it('lets a role read a module wider than its base level without widening other modules', () => {
    const agent: Scope = { kind: 'own', userId: 'u1', role: 'SERVICE_AGENT', reach: { customer: 'all' } };
    expect(ACCESS_RULES.Customer.where(agent)).toEqual({});
    expect(ACCESS_RULES.Contact.where(agent)).toEqual({});
    expect(ACCESS_RULES.Opportunity.where(agent)).toEqual({ ownerId: 'u1' });
  });

  it('adds records shared with the principal as an id list, and nothing when there are none', () => {
    const rep: Scope = { kind: 'own', userId: 'u1', role: 'SALES_REP', shared: { customer: [], opportunity: ['d1', 'd2'], contract: [] } };
    expect(ACCESS_RULES.Opportunity.where(rep)).toEqual({ OR: [{ ownerId: 'u1' }, { id: { in: ['d1', 'd2'] } }] });
    expect(ACCESS_RULES.Opportunity.sql(rep, 'o').sql).toBe('(o."ownerId" = ? OR o."id" IN (?,?))');
    expect(ACCESS_RULES.Customer.where(rep)).toEqual({ OR: [{ ownerId: 'u1' }, { ownerId: null }] });
  });
});
