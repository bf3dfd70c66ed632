import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { connectionTypes } from '../../core/pagination/connection.ts';
import { Money } from '../../core/money/money.type.ts';

export enum OrderStatus {
  CONFIRMED = 'CONFIRMED',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatus, { name: 'OrderStatus' });

/**
 * A sales order: what an accepted quote becomes, with the quote's lines and totals copied.
 * Lines and relations resolve in order-fields.resolver.ts through request-scoped loaders.
 */
@ObjectType()
export class Order {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'SO-2026-00001' }) number: string;
  @Field(() => OrderStatus) status: OrderStatus;
  @Field(() => ID) quoteId: string;
  @Field(() => ID) opportunityId: string;
  @Field(() => ID) customerId: string;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => String) currency: string;
  @Field(() => LocalDateResolver) orderDate: string;
  @Field(() => Money) subtotal: Money;
  @Field(() => Money) discountTotal: Money;
  @Field(() => Money) taxTotal: Money;
  @Field(() => Money) total: Money;
  @Field(() => String, { nullable: true }) billingAddress: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;

  partnerId: string | null;
}

export const { Edge: OrderEdge, Connection: OrderConnection } = connectionTypes(Order, 'Order');
