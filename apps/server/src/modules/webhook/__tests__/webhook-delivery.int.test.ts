import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';
import { startTestServer, type TestServer } from '../../../test-support/test-server.ts';
import { makeCustomer, makeDepartment } from '../../../seed/factories.ts';
import { makeOpportunity } from '../../../seed/sales-factories.ts';
import { ensureDefaultStages } from '../../../seed/pipeline-stages.ts';
import { RETRY_DELAYS_MS } from '../webhook-sender.ts';

/**
 * Webhooks end to end (issue 9): real HTTP to a receiver on 127.0.0.1, signatures checked
 * with the Standard Webhooks reference verifier, a real SMTP conversation on loopback for the
 * owner's notice. Time is the sender's scheduling clock, moved by the test (no waiting).
 */
interface Received {
  id: string;
  body: { type: string; data: { id: string; changes: unknown } };
  verified: boolean;
  status: number;
}

class Receiver {
  readonly got: Received[] = [];
  failNext = 0;
  alwaysFail = false;
  secrets: string[] = [];
  private server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const headers = { 'webhook-id': String(req.headers['webhook-id']), 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) };
      const verified = this.secrets.some((s) => {
        try {
          new Webhook(s).verify(raw, headers);
          return true;
        } catch {
          return false;
        }
      });
      const status = this.alwaysFail || this.failNext > 0 ? 503 : 204;
      if (this.failNext > 0) this.failNext--;
      this.got.push({ id: headers['webhook-id'], body: JSON.parse(raw), verified, status });
      res.writeHead(status).end(status === 503 ? 'down for maintenance' : undefined);
    });
  });
  url = '';
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  stop = () => new Promise((r) => this.server.close(r));
  /** Ids the receiver accepted (answered 2xx), in arrival order. */
  accepted = () => this.got.filter((g) => g.status < 300).map((g) => g.id);
}

describe('webhooks deliver signed events, in order per record, through outages', () => {
  let server: TestServer;
  let receiver: Receiver;
  let smtp: SMTPServer;
  const mails: string[] = [];
  let admin: { id: string; token: string; email: string };
  let clock = Date.parse('2027-01-04T09:00:00Z');

  /** Plans every waiting event and sends what is due at the test's clock. */
  const pump = async (advanceMs = 0) => {
    clock += advanceMs;
    await server.services.webhookDispatcher.dispatchAll(new Date(clock));
    await server.services.webhookSender.sendDue(new Date(clock));
  };

  const subscribe = async (token: string, eventTypes: string[], url = receiver.url) => {
    const res = await server.gql<{ createWebhook: { secret: string; webhook: { id: string } } }>(
      'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }',
      { input: { url, eventTypes } },
      token,
    );
    expect(res.errors).toBeUndefined();
    receiver.secrets.push(res.data!.createWebhook.secret);
    return { id: res.data!.createWebhook.webhook.id, secret: res.data!.createWebhook.secret };
  };

  const updateCustomer = async (token: string, id: string, input: Record<string, unknown>) => {
    const { version } = (await server.db.prisma.customer.findUniqueOrThrow({ where: { id }, select: { version: true } }));
    const res = await server.gql('mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }', { id, input: { version, ...input } }, token);
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, _session, done) {
        let text = '';
        stream.on('data', (c) => (text += c));
        stream.on('end', () => {
          mails.push(text);
          done();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    server = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`, MAIL_FROM: 'Panorama <panorama@test.local>' });
    await ensureDefaultStages(server.db.prisma);
    receiver = new Receiver();
    await receiver.start();
    admin = await server.signIn('ADMIN');
  });
  afterAll(async () => {
    await receiver.stop();
    await new Promise<void>((r) => smtp.close(() => r()));
    await server.close();
  });

  beforeEach(async () => {
    receiver.got.length = 0;
    receiver.failNext = 0;
    receiver.alwaysFail = false;
    // earlier tests' webhooks stay out of the way
    await server.db.prisma.webhookSubscription.updateMany({ data: { active: false } });
    await pump(); // events of earlier tests' set-up are planned now, for nobody
  });

  it('sends each change once, signed with the webhook secret and the event id as webhook-id', async () => {
    await subscribe(admin.token, ['customer.*']);
    const customer = await makeCustomer(server.db.prisma, { name: '签名测试', ownerId: admin.id });
    await updateCustomer(admin.token, customer.id, { phone: '010-12345678' });
    await pump();

    expect(receiver.got.map((g) => g.body.type)).toEqual(['customer.updated']);
    expect(receiver.got.every((g) => g.verified)).toBe(true);
    const event = await server.db.prisma.outboxEvent.findFirstOrThrow({ where: { entityId: customer.id, type: 'customer.updated' } });
    expect(receiver.got[0]!.id).toBe(event.id);
    expect(receiver.got[0]!.body.data).toMatchObject({ id: customer.id, changes: [{ field: 'phone', from: null, to: '010-12345678' }] });
    await pump(60_000);
    expect(receiver.got).toHaveLength(1); // delivered: never sent again
  });

  it('a receiver that fails five times then recovers gets every event once, in order per record', async () => {
    const hook = await subscribe(admin.token, ['customer.updated']);
    const a = await makeCustomer(server.db.prisma, { name: 'A', ownerId: admin.id });
    const b = await makeCustomer(server.db.prisma, { name: 'B', ownerId: admin.id });
    receiver.failNext = 5;
    for (const phone of ['1', '2', '3']) {
      await updateCustomer(admin.token, a.id, { phone });
      await updateCustomer(admin.token, b.id, { phone });
    }
    await pump();
    for (let i = 0; i < 12 && receiver.accepted().length < 6; i++) await pump(3 * 3_600_000);

    const events = await server.db.prisma.outboxEvent.findMany({ where: { entityId: { in: [a.id, b.id] }, type: 'customer.updated' }, orderBy: { seq: 'asc' } });
    const accepted = receiver.accepted();
    expect([...accepted].sort()).toEqual(events.map((e) => e.id).sort()); // each event, once
    for (const record of [a.id, b.id]) {
      const expected = events.filter((e) => e.entityId === record).map((e) => e.id);
      expect(accepted.filter((id) => expected.includes(id))).toEqual(expected); // in order per record
    }
    expect(receiver.got.filter((g) => g.status >= 500)).toHaveLength(5);

    const log = await server.gql<{ webhookDeliveries: { edges: { node: { status: string; attempts: number; attemptLog: { statusCode: number; durationMs: number }[] } }[] } }>(
      'query($id: ID!) { webhookDeliveries(webhookId: $id, first: 10) { edges { node { status attempts attemptLog { statusCode durationMs } } } } }',
      { id: hook.id },
      admin.token,
    );
    const nodes = log.data!.webhookDeliveries.edges.map((e) => e.node);
    expect(nodes.every((n) => n.status === 'SUCCEEDED')).toBe(true);
    expect(nodes.flatMap((n) => n.attemptLog.map((l) => l.statusCode)).sort()).toEqual([...Array(5).fill(503), ...Array(6).fill(204)].sort());
  });

  it('replays a delivery with the same webhook-id, and every failed one in bulk', async () => {
    const hook = await subscribe(admin.token, ['customer.updated']);
    const c = await makeCustomer(server.db.prisma, { ownerId: admin.id });
    await updateCustomer(admin.token, c.id, { phone: '9' });
    await pump();
    const [first] = receiver.accepted();
    const delivery = await server.db.prisma.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: hook.id, eventId: first } });
    const replayed = await server.gql('mutation($id: ID!) { replayWebhookDelivery(id: $id) }', { id: delivery.id }, admin.token);
    expect(replayed.errors).toBeUndefined();
    await pump();
    expect(receiver.accepted()).toEqual([first, first]);

    const none = await server.gql<{ replayWebhookDeliveries: number }>('mutation($id: ID!) { replayWebhookDeliveries(webhookId: $id) }', { id: hook.id }, admin.token);
    expect(none.data!.replayWebhookDeliveries).toBe(0); // nothing FAILED
  });

  it('sends a webhook owned by a rep nothing about another team’s deal, and a narrow API key’s webhook nothing it may not read', async () => {
    // reps may manage webhooks in this company (an admin granted it to the role)
    await server.db.prisma.$executeRaw`UPDATE "AccessRole" SET permissions = array_append(permissions, 'webhook:manage') WHERE key = 'SALES_REP'`;
    const [east, west] = [await makeDepartment(server.db.prisma, { name: 'East' }), await makeDepartment(server.db.prisma, { name: 'West' })];
    const repEast = await server.signIn('SALES_REP', { departmentId: east.id });
    const repWest = await server.signIn('SALES_REP', { departmentId: west.id });
    await subscribe(repEast.token, ['opportunity.*']);
    const stage = await server.db.prisma.pipelineStage.findFirstOrThrow({ where: { kind: 'OPEN' }, orderBy: { position: 'asc' } });
    const mine = await makeOpportunity(server.db.prisma, { customerId: (await makeCustomer(server.db.prisma, { ownerId: repEast.id })).id, stageId: stage.id, ownerId: repEast.id });
    const theirs = await makeOpportunity(server.db.prisma, { customerId: (await makeCustomer(server.db.prisma, { ownerId: repWest.id })).id, stageId: stage.id, ownerId: repWest.id });
    for (const [deal, token] of [[mine, repEast.token], [theirs, repWest.token]] as const) {
      const res = await server.gql('mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id } }', { id: deal.id, input: { version: deal.version, name: `${deal.name} (renamed)` } }, token);
      expect(res.errors).toBeUndefined();
    }
    // an API key of the admin with only webhook:manage: its webhook may not read customers
    const key = await server.gql<{ createApiKey: { key: string } }>('mutation { createApiKey(input: { name: "hooks only", scopes: ["webhook:manage"] }) { key } }', {}, admin.token);
    await subscribe(key.data!.createApiKey.key, ['*']);
    const c = await makeCustomer(server.db.prisma, { ownerId: admin.id });
    await updateCustomer(admin.token, c.id, { phone: '7' });
    await pump();

    const about = receiver.got.map((g) => g.body.data.id);
    expect(about).toContain(mine.id);
    expect(about).not.toContain(theirs.id);
    expect(about).not.toContain(c.id);
  });

  it('turns a webhook off after a day of failures, tells its owner by email, and rotation signs with both secrets', async () => {
    const hook = await subscribe(admin.token, ['customer.updated']);
    const rotated = await server.gql<{ rotateWebhookSecret: { secret: string } }>('mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }', { id: hook.id }, admin.token);
    const newSecret = rotated.data!.rotateWebhookSecret.secret;
    receiver.secrets = [newSecret]; // only the new one: the signature header carries both, so it verifies
    receiver.alwaysFail = true;
    const c = await makeCustomer(server.db.prisma, { ownerId: admin.id });
    await updateCustomer(admin.token, c.id, { phone: '5' });
    await pump();
    for (const delay of RETRY_DELAYS_MS) await pump(delay);

    expect(receiver.got).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(receiver.got.every((g) => g.verified)).toBe(true);
    const after = await server.gql<{ webhook: { active: boolean; disabledReason: string } }>('query($id: ID!) { webhook(id: $id) { active disabledReason } }', { id: hook.id }, admin.token);
    expect(after.data!.webhook.active).toBe(false);
    expect(after.data!.webhook.disabledReason).toContain('down for maintenance');
    // the message as the SMTP server received it (quoted-printable: soft line breaks joined)
    const mail = mails.map((m) => m.replace(/=\r?\n/g, '')).find((m) => m.includes(`To: ${admin.email}`));
    expect(mail).toContain('Panorama turned it off');
    expect(mail).toContain('Last error: down for maintenance');
    await pump(36_000_000);
    expect(receiver.got).toHaveLength(RETRY_DELAYS_MS.length + 1); // off: nothing more
  });
});
