import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { getSchema } from '../../../schema.ts';
import { PERMISSIONS } from '../permissions.ts';
import { PUBLIC, SESSION, SIGNED_IN } from '../auth-checker.ts';

/** Deny by default: an operation or field resolver without an authorization rule fails this test. */
describe('every resolver carries an authorization rule', () => {
  beforeAll(() => getSchema());

  it('has @Authorized on every Query, Mutation and field resolver', () => {
    const storage = getMetadataStorage();
    const authorized = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
    const handlers = [...storage.queries, ...storage.mutations, ...storage.fieldResolvers].map((h) => `${h.target.name}.${h.methodName}`);
    expect(handlers.length).toBeGreaterThan(20);
    expect(handlers.filter((h) => !authorized.has(h))).toEqual([]);
  });

  it('uses only rules the checker knows', () => {
    const known = new Set<string>([PUBLIC, SIGNED_IN, SESSION, ...PERMISSIONS]);
    const rules = getMetadataStorage().authorizedFields.flatMap((f) => f.roles as string[]);
    expect(rules.filter((r) => !known.has(r))).toEqual([]);
  });

  it('keeps sign-in as the only public operation', () => {
    const publicOps = getMetadataStorage().authorizedFields.filter((f) => (f.roles as string[]).includes(PUBLIC)).map((f) => f.fieldName);
    expect(publicOps).toEqual(['login']);
  });
});
