import type { Db } from '../../core/db/database.ts';
import type { Mailer } from '../../core/mail/mailer.ts';
import type { Logger } from '../../core/log/logger.ts';
import type { AuthService } from '../auth/auth.service.ts';
import { WebhookRepository } from './webhook.repository.ts';
import { WebhookService } from './webhook.service.ts';
import { WebhookDispatcher } from './webhook-dispatcher.ts';
import { WebhookSender } from './webhook-sender.ts';
import { webhookDeliveryTask, webhookUpkeepTask } from './webhook.jobs.ts';

/** The webhook module's services: management (API), the outbox dispatcher and the sender (background work). */
export function webhookServices(db: Db, deps: { auth: AuthService; mailer: Mailer; log: Pick<Logger, 'warn' | 'info'>; publicUrl: string }) {
  const repo = new WebhookRepository(db);
  return {
    webhook: new WebhookService(repo),
    webhookDispatcher: new WebhookDispatcher(db, repo, deps.auth),
    webhookSender: new WebhookSender(repo, deps.mailer, deps.log, deps.publicUrl),
  };
}

/** The module's background tasks, for the job runner (modules/job/job-runner.module.ts). */
export function webhookTasks(db: Db, services: { webhookDispatcher: WebhookDispatcher; webhookSender: WebhookSender }, pollMs: number) {
  return {
    delivery: webhookDeliveryTask(services.webhookDispatcher, services.webhookSender, pollMs),
    upkeep: webhookUpkeepTask(db, new WebhookRepository(db)),
  };
}
