import type { TestServer } from '../../../test-support/test-server.ts';
import { SESSION, SIGNED_IN } from '../../../core/auth/auth-checker.ts';
import { newApiKey } from '../../../core/auth/tokens.ts';
import { newId } from '../../../core/ids.ts';

/** The API key rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

/** A key of the caller's own, made directly in the database (a random id for anonymous callers). */
async function ownKey(s: TestServer, v: Caller): Promise<string> {
  const id = newId();
  if (!v.userId) return id;
  const { prefix, keyHash } = newApiKey();
  await s.db.prisma.apiKey.create({ data: { id, name: 'Matrix key', prefix, keyHash, userId: v.userId, scopes: ['customer:read'] } });
  return id;
}

export const API_KEY_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'myApiKeys', rule: SIGNED_IN, request: async () => ({ query: '{ myApiKeys { id name prefix scopes status } }' }) },
  { name: 'apiKeys', rule: 'admin:users', request: async () => ({ query: '{ apiKeys { totalCount edges { node { id name owner { name } } } } }' }) },
  // every role holds customer:read
  { name: 'createApiKey', rule: SESSION, request: async () => ({ query: 'mutation { createApiKey(input: { name: "Matrix", scopes: ["customer:read"] }) { key apiKey { id } } }' }) },
  { name: 'revokeApiKey', rule: SIGNED_IN, request: async (s, v) => ({ query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id status } }', variables: { id: await ownKey(s, v) } }) },
];
