import type { TestServer } from '../../../test-support/test-server.ts';
import { newId } from '../../../core/ids.ts';

/** The webhook rows of the access matrix (core/auth/__tests__/access-matrix.int.test.ts). */
type Caller = { userId: string | null; partnerId: string | null };
type Request = (s: TestServer, v: Caller) => Promise<{ query: string; variables?: Record<string, unknown> }>;

/** A webhook of the caller's own, made directly in the database (a random id for anonymous callers). */
async function ownWebhook(s: TestServer, v: Caller): Promise<string> {
  const id = newId();
  if (!v.userId) return id;
  await s.db.prisma.webhookSubscription.create({
    data: { id, ownerId: v.userId, url: 'http://127.0.0.1:9/matrix', eventTypes: ['customer.*'], scopes: ['customer:read', 'webhook:manage'], secret: 'whsec_bWF0cml4LXNlY3JldC1tYXRyaXgtc2VjcmV0' },
  });
  return id;
}

const MANAGE = 'webhook:manage';
export const WEBHOOK_OPERATIONS: { name: string; rule: string; request: Request }[] = [
  { name: 'webhooks', rule: MANAGE, request: async () => ({ query: '{ webhooks { totalCount edges { node { id url owner { name } } } } }' }) },
  { name: 'webhook', rule: MANAGE, request: async (s, v) => ({ query: 'query($id: ID!) { webhook(id: $id) { id url } }', variables: { id: await ownWebhook(s, v) } }) },
  { name: 'webhookDeliveries', rule: MANAGE, request: async (s, v) => ({ query: 'query($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount edges { node { id attemptLog { statusCode } } } } }', variables: { id: await ownWebhook(s, v) } }) },
  { name: 'webhookEventTypes', rule: MANAGE, request: async () => ({ query: '{ webhookEventTypes }' }) },
  { name: 'createWebhook', rule: MANAGE, request: async () => ({ query: 'mutation { createWebhook(input: { url: "http://127.0.0.1:9/x", eventTypes: ["customer.*"] }) { secret webhook { id } } }' }) },
  {
    name: 'updateWebhook', rule: MANAGE,
    request: async (s, v) => ({ query: 'mutation($id: ID!) { updateWebhook(id: $id, input: { version: 1, description: "matrix" }) { id } }', variables: { id: await ownWebhook(s, v) } }),
  },
  { name: 'rotateWebhookSecret', rule: MANAGE, request: async (s, v) => ({ query: 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }', variables: { id: await ownWebhook(s, v) } }) },
  { name: 'deleteWebhook', rule: MANAGE, request: async (s, v) => ({ query: 'mutation($id: ID!) { deleteWebhook(id: $id) }', variables: { id: await ownWebhook(s, v) } }) },
  { name: 'replayWebhookDeliveries', rule: MANAGE, request: async (s, v) => ({ query: 'mutation($id: ID!) { replayWebhookDeliveries(webhookId: $id) }', variables: { id: await ownWebhook(s, v) } }) },
  // a delivery id nobody has: allowed callers get NOT_FOUND, which the matrix treats as passing the authorization
  { name: 'replayWebhookDelivery', rule: MANAGE, request: async () => ({ query: 'mutation($id: ID!) { replayWebhookDelivery(id: $id) }', variables: { id: newId() } }) },
];
