import type { Scope } from '../../core/auth/scope.ts';
import type { Viewer } from '../../core/auth/viewer.ts';
import { recordChange } from '../../core/changes/change.ts';
import { conflict, notFound, staleVersion } from '../../core/errors/app-error.ts';
import { checkId } from '../../core/ids.ts';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/pagination/connection.ts';
import { SortDirection } from '../../core/pagination/filters.ts';
import { OrderSortField, type OrdersArgs } from './order.inputs.ts';
import type { OrderRepository } from './order.repository.ts';
import { OrderStatus, type Order } from './order.type.ts';

const sortValue = (o: Order, field: OrderSortField): string => {
  switch (field) {
    case OrderSortField.ORDER_DATE: return o.orderDate;
    case OrderSortField.CREATED_AT: return o.createdAt.toISOString();
    case OrderSortField.TOTAL: return o.total.amount;
    case OrderSortField.NUMBER: return o.number;
  }
};

/** Sales orders: visible with their deal; confirmed orders are fulfilled or cancelled, each once. */
export class OrderService {
  constructor(readonly repo: OrderRepository) {}

  async list(scope: Scope, args: OrdersArgs): Promise<Connection<Order>> {
    const first = checkPageSize(args.first);
    const field = args.orderBy?.field ?? OrderSortField.ORDER_DATE;
    const direction = args.orderBy?.direction ?? SortDirection.DESC;
    const { rows, totalCount } = await this.repo.list(scope, { filter: args.filter, field, direction, after: decodeCursor(args.after), take: first + 1 });
    return toConnection(rows, first, (o) => sortValue(o, field), totalCount);
  }

  async get(scope: Scope, id: string): Promise<Order> {
    const found = await this.repo.findVisible(scope, checkId(id));
    if (!found) throw notFound('Order');
    return found;
  }

  fulfil(viewer: Viewer, scope: Scope, id: string, version: number): Promise<Order> {
    return this.transition(viewer, scope, id, version, OrderStatus.FULFILLED, 'FULFILLED');
  }

  cancel(viewer: Viewer, scope: Scope, id: string, version: number): Promise<Order> {
    return this.transition(viewer, scope, id, version, OrderStatus.CANCELLED, 'CANCELLED');
  }

  /** CONFIRMED → FULFILLED or CANCELLED; anything else is CONFLICT ORDER_NOT_CONFIRMED, a stale version STALE_VERSION. */
  private async transition(viewer: Viewer, scope: Scope, id: string, version: number, to: OrderStatus, action: string): Promise<Order> {
    const before = await this.get(scope, id);
    if (before.status !== OrderStatus.CONFIRMED) {
      throw conflict(`Order ${before.number} is ${before.status.toLowerCase()}; only a confirmed order can change`, { reason: 'ORDER_NOT_CONFIRMED', status: before.status });
    }
    return this.repo.transaction(scope, async (tx) => {
      const after = await this.repo.updateVersioned(tx, scope, before.id, version, { status: to });
      if (!after) throw staleVersion('Order');
      await recordChange(tx, {
        actorId: viewer.id, action, entity: 'Order', entityId: after.id, customerId: after.customerId,
        changes: [{ field: 'status', from: before.status, to }],
      });
      return after;
    });
  }
}
