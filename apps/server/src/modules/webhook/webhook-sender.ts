import { Webhook } from 'standardwebhooks';
import { newId } from '../../core/ids.ts';
import type { Mailer } from '../../core/mail/mailer.ts';
import type { Logger } from '../../core/log/logger.ts';
import type { DueDelivery, WebhookRepository } from './webhook.repository.ts';

/**
 * Retries after the first attempt, as Standard Webhooks suggests: 5 s, 5 min, 30 min, 2 h,
 * 5 h, 10 h, 10 h — about 27.5 hours in all. After the last one the delivery has FAILED and
 * the webhook is turned off, its owner told by email.
 */
export const RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

const BATCH = 50;
const TIMEOUT_MS = 10_000;
/** A claimed delivery is the sender's for this long; after a crash another process retries it. */
const LEASE_MS = 60_000;
const ERROR_TEXT_LIMIT = 500;

/**
 * Sends due deliveries: POST with the Standard Webhooks headers (`webhook-id` = the event's
 * id, on every attempt and replay; `webhook-timestamp`; `webhook-signature` with the current
 * secret, and the previous one after a rotation), no redirects, 10 s to answer. A 2xx is
 * delivered; anything else is logged with its status and time and retried later.
 */
export class WebhookSender {
  constructor(
    private readonly repo: WebhookRepository,
    private readonly mailer: Mailer,
    private readonly log: Pick<Logger, 'warn' | 'info'>,
    private readonly publicUrl: string,
  ) {}

  /** Sends every delivery due at `now` (batch after batch); how many attempts it made. */
  async sendDue(now = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.repo.claimDue(now, new Date(now.getTime() + LEASE_MS), BATCH);
      if (due.length === 0) return total;
      total += due.length;
      await Promise.all(due.map((d) => this.attempt(d, now)));
      if (due.length < BATCH) return total;
    }
  }

  /** `now` is the scheduling clock (tests move it); the signature and the log take the real time. */
  private async attempt(delivery: DueDelivery, now: Date): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    const sentAt = new Date();
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Panorama-Webhooks/1', ...signatureHeaders(delivery, body, sentAt) },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      statusCode = res.status;
      const text = await res.text().catch(() => '');
      if (res.status < 200 || res.status >= 300) error = text.slice(0, ERROR_TEXT_LIMIT) || `HTTP ${res.status}`;
    } catch (e) {
      error = describeFailure(e);
    }
    const durationMs = Math.round(performance.now() - started);
    const ok = error === null;
    const attempt = { id: newId(), deliveryId: delivery.id, at: sentAt, statusCode, durationMs, error };
    if (ok) {
      await this.repo.recordAttempt(attempt, { status: 'SUCCEEDED', retryAt: null });
      if (delivery.attempts > 1) await this.repo.hurryPending(delivery.subscriptionId, now);
      return;
    }
    const delay = RETRY_DELAYS_MS[delivery.attempts - 1];
    if (delay !== undefined) {
      await this.repo.recordAttempt(attempt, { status: 'PENDING', retryAt: new Date(now.getTime() + delay) });
      return;
    }
    await this.repo.recordAttempt(attempt, { status: 'FAILED', retryAt: null });
    await this.disable(delivery, error!, now);
  }

  private async disable(delivery: DueDelivery, lastError: string, now: Date): Promise<void> {
    const reason = `Turned off after ${RETRY_DELAYS_MS.length + 1} failed attempts over a day (last: ${lastError.slice(0, 200)})`;
    const owner = await this.repo.disable(delivery.subscriptionId, reason, now);
    if (!owner) return;
    this.log.warn({ webhookId: delivery.subscriptionId, url: owner.url }, 'webhook turned off after a day of failed deliveries');
    const sent = await this.mailer
      .send({
        to: owner.ownerEmail,
        subject: 'Panorama: a webhook was turned off / 一个 Webhook 已停用',
        text: [
          `Hello ${owner.ownerName},`,
          '',
          `Your webhook to ${owner.url} failed every delivery attempt for more than a day, so Panorama turned it off.`,
          `Last error: ${lastError.slice(0, 200)}`,
          `Fix the receiver, turn the webhook on again and replay the failed deliveries: ${this.publicUrl}/admin/webhooks`,
          '',
          `您的 Webhook（${owner.url}）在一天多的时间里所有投递均失败，Panorama 已将其停用。修复接收端后，请重新启用并重放失败的投递。`,
        ].join('\n'),
      })
      .catch((e: unknown) => {
        this.log.warn({ webhookId: delivery.subscriptionId, err: e }, 'could not email the webhook owner');
        return false;
      });
    if (!sent) this.log.info({ webhookId: delivery.subscriptionId }, 'webhook owner not emailed (no SMTP_URL, or sending failed)');
  }
}

/** The three Standard Webhooks headers; during a rotation the signature header carries both secrets' signatures. */
export function signatureHeaders(delivery: Pick<DueDelivery, 'eventId' | 'secret' | 'previousSecret' | 'previousSecretUntil'>, body: string, at: Date): Record<string, string> {
  const signatures = [new Webhook(delivery.secret).sign(delivery.eventId, at, body)];
  if (delivery.previousSecret && delivery.previousSecretUntil && delivery.previousSecretUntil > at) {
    signatures.push(new Webhook(delivery.previousSecret).sign(delivery.eventId, at, body));
  }
  return {
    'webhook-id': delivery.eventId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}

function describeFailure(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'TimeoutError') return `No answer within ${TIMEOUT_MS / 1000} s`;
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return (cause?.code ?? cause?.message ?? e.message).slice(0, ERROR_TEXT_LIMIT);
  }
  return String(e).slice(0, ERROR_TEXT_LIMIT);
}
