import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../../core/db/database.ts';
import type { TaskDefinition } from '../../core/jobs/job.types.ts';
import { pruneDispatched } from '../../core/changes/outbox.ts';
import type { WebhookDispatcher } from './webhook-dispatcher.ts';
import type { WebhookSender } from './webhook-sender.ts';
import type { WebhookRepository } from './webhook.repository.ts';

/** How long one occurrence of the delivery task keeps polling before the next one takes over. */
const SHIFT_MS = 55_000;
const DAY_MS = 86_400_000;

/**
 * Webhook delivery as a recurring job: each minute's occurrence (one across all server
 * processes) plans new outbox events and sends due deliveries every `pollMs` for most of the
 * minute, so an event reaches its receiver within about a second of its commit. Stops at
 * the end of its current round when the runner stops.
 */
export function webhookDeliveryTask(dispatcher: WebhookDispatcher, sender: WebhookSender, pollMs: number): TaskDefinition {
  return {
    name: 'webhooks.deliver',
    schedule: { everyMinutes: 1 },
    handler: async (_payload, { signal }) => {
      const until = Date.now() + SHIFT_MS;
      let attempts = 0;
      while (!signal.aborted && Date.now() < until) {
        await dispatcher.dispatchAll();
        attempts += await sender.sendDue();
        await sleep(pollMs, undefined, { signal }).catch(() => undefined);
      }
      return attempts;
    },
  };
}

/** Daily: planned outbox events older than a week, and delivery logs older than 30 days, are deleted. */
export function webhookUpkeepTask(db: Db, repo: WebhookRepository): TaskDefinition {
  return {
    name: 'webhooks.upkeep',
    schedule: { cron: '17 3 * * *' },
    handler: async (_payload, { now }) => ({
      events: await pruneDispatched(db, new Date(now.getTime() - 7 * DAY_MS)),
      deliveries: await repo.pruneFinished(new Date(now.getTime() - 30 * DAY_MS)),
    }),
  };
}
