import type { Db } from '../../core/db/database.ts';
import { OrderRepository } from './order.repository.ts';
import { OrderService } from './order.service.ts';

/** The order module's service, wired once in services.ts (quote.module.ts shares the repository). */
export function createOrderServices(db: Db) {
  return { order: new OrderService(new OrderRepository(db)) };
}
