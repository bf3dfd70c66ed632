import { expect, test } from '@playwright/test';
import http from 'node:http';
import net from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Api } from '../../fixtures/api.ts';
import { ADMIN, signIn } from '../../fixtures/auth.ts';

/**
 * The webhooks screen end to end: an admin creates a webhook to a receiver this spec runs on
 * 127.0.0.1 (a real HTTP server standing in for the integrator's endpoint), sees its secret once,
 * a customer changes, the server's job runner delivers the event (the receiver checks the
 * Standard Webhooks signature with that secret), the delivery log shows it, and a replay
 * reaches the receiver with the same webhook-id.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const { Webhook } = createRequire(path.join(root, 'apps/server/package.json'))('standardwebhooks') as typeof import('standardwebhooks');

interface Received {
  webhookId: string;
  body: { type: string; data: { id: string } };
  verified: boolean;
}

// the delivery waits for the server's background runner: more than the default minute
test.describe.configure({ timeout: 240_000 });

let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
let secret = '';

test.beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      let verified = false;
      try {
        new Webhook(secret).verify(text, req.headers as Record<string, string>);
        verified = true;
      } catch {
        // recorded as unverified: the test fails on it
      }
      received.push({ webhookId: String(req.headers['webhook-id']), body: JSON.parse(text) as Received['body'], verified });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as net.AddressInfo).port}/hooks/panorama`;
});

test.afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
});

test('an admin creates a webhook, sees its secret once, and a change is delivered, logged and replayed', async ({ page, request }) => {
  await signIn(page, ADMIN, null);
  await page.getByRole('link', { name: 'Webhook', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Webhook', exact: true })).toBeVisible();

  // a URL the server refuses: its message shows at the field
  await page.getByRole('button', { name: '新建 Webhook' }).click();
  const form = page.getByRole('dialog', { name: '新建 Webhook' });
  await form.getByRole('textbox', { name: '地址' }).fill('ftp://example.com/hooks');
  const types = form.getByLabel(/^事件类型/);
  await types.fill('customer.*');
  await types.press('Enter');
  await types.press('Tab'); // leaves the list (its dropdown closes)
  await form.getByRole('button', { name: '创建' }).click();
  await expect(form.getByText('must start with https:// or http://')).toBeVisible();

  await form.getByRole('textbox', { name: '地址' }).fill(receiverUrl);
  await form.getByRole('textbox', { name: '说明' }).fill('E2E receiver');
  await form.getByRole('button', { name: '创建' }).click();

  // the secret, once
  const shown = page.getByRole('dialog', { name: 'Webhook 已创建' });
  await expect(shown.getByText('关闭此窗口后将无法再次查看', { exact: false })).toBeVisible();
  secret = await shown.getByTestId('webhook-secret').inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
  await shown.getByRole('button', { name: '我已保存，关闭' }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByText(secret)).toHaveCount(0);

  const row = page.getByTestId('webhooks').getByRole('row').filter({ hasText: receiverUrl });
  await expect(row).toContainText('customer.*');
  await expect(row).toContainText('已启用');

  // a customer changes (through the API, as another tab would)
  const api = await Api.signIn(request, ADMIN);
  const customer = await api.createCustomer({ name: `Webhook E2E ${Date.now()}`, kind: 'COMPANY' });
  await api.updateCustomer(customer.id, { version: customer.version, industry: 'Logistics' });

  await row.getByRole('link', { name: receiverUrl }).click();
  await expect(page.getByRole('heading', { name: receiverUrl })).toBeVisible();
  const log = page.getByRole('region', { name: '投递记录' });

  // the server's runner delivers it: refresh the log until it says so
  const delivery = log.getByTestId('webhook-deliveries').getByRole('row').filter({ hasText: customer.id }).filter({ hasText: 'customer.created' });
  await expect(async () => {
    await log.getByRole('button', { name: '刷新' }).click();
    await expect(delivery.getByText('已送达')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 120_000, intervals: [2_000] });
  await expect(delivery).toContainText('200');

  const first = received.filter((r) => r.body.type === 'customer.created' && r.body.data.id === customer.id);
  expect(first).toHaveLength(1);
  expect(first[0].verified).toBe(true);
  const webhookId = first[0].webhookId;

  // expanded: the event id is the webhook-id, one 200 attempt, the payload as JSON
  await delivery.getByRole('button', { name: /展开投递/ }).click();
  const detail = log.getByTestId('delivery-detail');
  await expect(detail.getByTestId('delivery-event-id')).toHaveText(webhookId);
  await expect(detail.getByTestId('delivery-attempts').getByRole('row')).toHaveCount(2);
  await expect(detail.getByTestId('delivery-payload')).toContainText(`"id": "${customer.id}"`);

  // replay: the receiver gets the same webhook-id again
  await delivery.getByRole('button', { name: /重新发送事件 customer\.created/ }).click();
  await expect(page.getByText('已重新发送，webhook-id 不变')).toBeVisible();
  await expect(() => expect(received.filter((r) => r.webhookId === webhookId)).toHaveLength(2)).toPass({ timeout: 60_000 });
  expect(received.filter((r) => r.webhookId === webhookId).every((r) => r.verified)).toBe(true);

  // nothing failed, so "replay all failed" sends none
  await log.getByRole('button', { name: '重新发送全部失败投递' }).click();
  await page.getByRole('dialog', { name: '重新发送失败的投递' }).getByRole('button', { name: '重新发送全部失败投递' }).click();
  await expect(page.getByText('已重新发送 0 条投递')).toBeVisible();

  // turned off, the page says so; then deleted (the spec leaves no webhook behind for the other specs)
  await page.getByRole('button', { name: '停用', exact: true }).click();
  await expect(page.getByTestId('webhook-state')).toContainText('已停用');
  await expect(page.getByTestId('webhook-disabled-reason')).toBeVisible();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog', { name: '删除 Webhook' }).getByRole('button', { name: '删除' }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks$/);
  await expect(page.getByTestId('webhooks').getByRole('row').filter({ hasText: receiverUrl })).toHaveCount(0);
});
