import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { connectionTypes } from '../../core/pagination/connection.ts';
import { Money } from '../../core/money/money.type.ts';

export enum QuoteStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(QuoteStatus, {
  name: 'QuoteStatus',
  description: 'EXPIRED is derived when read: a SENT quote whose validUntil is before today (UTC). The stored status stays SENT.',
});

/** One priced line of a quote; name and unit are a snapshot of the product when quoted. */
@ObjectType()
export class QuoteLine {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => ID, { nullable: true }) productId: string | null;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => String, { description: 'Decimal string, e.g. "1.5".' }) quantity: string;
  @Field(() => Money) unitPrice: Money;
  @Field(() => String, { description: 'Line discount in percent, e.g. "10.00".' }) discountPercent: string;
  @Field(() => String, { description: 'Tax rate in percent, e.g. "13.00".' }) taxRate: string;
  @Field(() => Money, { description: 'quantity × unitPrice.' }) subtotal: Money;
  @Field(() => Money, { description: 'Line discount plus the line’s share of the quote discount.' }) discountAmount: Money;
  @Field(() => Money, { description: 'Tax on the net after both discounts.' }) taxAmount: Money;
  @Field(() => Money) total: Money;
}

/**
 * A priced offer on a deal. Totals are computed by the server (quote-totals.ts). Lines and
 * relations resolve in quote-fields.resolver.ts through request-scoped loaders.
 */
@ObjectType()
export class Quote {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'Q-2026-00001' }) number: string;
  @Field(() => String) title: string;
  @Field(() => QuoteStatus) status: QuoteStatus;
  @Field(() => ID) opportunityId: string;
  @Field(() => ID) customerId: string;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => ID, { nullable: true }) ownerId: string | null;
  @Field(() => ID, { nullable: true }) priceBookId: string | null;
  @Field(() => String) currency: string;
  @Field(() => LocalDateResolver, { description: 'Last day the offer holds (YYYY-MM-DD).' }) validUntil: string;
  @Field(() => String, { description: 'Discount on the whole quote in percent.' }) discountPercent: string;
  @Field(() => Money) subtotal: Money;
  @Field(() => Money, { description: 'Line discounts plus the quote discount.' }) discountTotal: Money;
  @Field(() => Money) taxTotal: Money;
  @Field(() => Money) total: Money;
  @Field(() => String, { nullable: true }) billingAddress: string | null;
  @Field(() => String, { nullable: true }) terms: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => Date, { nullable: true }) rejectedAt: Date | null;
  @Field(() => Date, { nullable: true }) deletedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;

  /** The stored status (SENT for an expired quote). */
  storedStatus: QuoteStatus;
  partnerId: string | null;
}

export const { Edge: QuoteEdge, Connection: QuoteConnection } = connectionTypes(Quote, 'Quote');
