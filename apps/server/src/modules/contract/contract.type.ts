import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { connectionTypes } from '../../core/pagination/connection.ts';
import type { Decimal } from '../../core/money/money.ts';
import { ContractStatus } from './contract-status.ts';

export { ContractStatus };

export enum ContractKind {
  SALES = 'SALES',
  SERVICE = 'SERVICE',
}
registerEnumType(ContractKind, { name: 'ContractKind' });

registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description: 'DRAFT, RENEWED and TERMINATED are stored; an ACTIVE contract is EXPIRING from endDate − renewalNoticeDays and EXPIRED after endDate.',
});

/**
 * A sales or service contract. Money (`value`), `status` and relations (customer, contact,
 * owner, partner, opportunity, entitlements, renewal chain) resolve in contract-fields.resolver.ts.
 */
@ObjectType()
export class Contract {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'C-2026-00001' }) number: string;
  @Field(() => ContractKind) kind: ContractKind;
  @Field(() => String) title: string;
  @Field(() => LocalDateResolver) startDate: string;
  @Field(() => LocalDateResolver) endDate: string;
  @Field(() => LocalDateResolver, { nullable: true }) signedDate: string | null;
  @Field(() => String, { nullable: true }) terms: string | null;
  @Field(() => Int, { description: 'A renewal task reaches the owner this many days before the end date.' }) renewalNoticeDays: number;
  @Field(() => Date, { nullable: true, description: 'When the renewal reminder task was created.' }) renewalReminderAt: Date | null;
  @Field(() => Boolean) autoRenew: boolean;
  @Field(() => Date, { nullable: true }) terminatedAt: Date | null;
  @Field(() => String, { nullable: true }) terminationReason: string | null;
  @Field(() => Date, { nullable: true }) deletedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;

  state: 'DRAFT' | 'ACTIVE' | 'RENEWED' | 'TERMINATED';
  valueAmount: Decimal;
  currency: string;
  customerId: string;
  contactId: string | null;
  ownerId: string | null;
  partnerId: string | null;
  opportunityId: string | null;
  orderId: string | null;
  renewedFromId: string | null;
}

/** A service a contract covers, e.g. "On-site visits: 4 per year, response within 8 h". */
@ObjectType()
export class ContractEntitlement {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) productId: string | null;
  @Field(() => Int, { nullable: true, description: 'Units included; null means unlimited.' }) quantity: number | null;
  @Field(() => Int) used: number;
  @Field(() => Int, { nullable: true, description: 'quantity − used; null when unlimited.' }) remaining: number | null;
  @Field(() => Int, { nullable: true, description: 'Promised first response time in hours.' }) responseHours: number | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => ID) contractId: string;
}

/** An entitlement in effect for a customer on a day, with the contract it comes from. */
@ObjectType()
export class CustomerEntitlement extends ContractEntitlement {
  @Field(() => String) contractNumber: string;
  @Field(() => String) contractTitle: string;
  @Field(() => LocalDateResolver) contractEndDate: string;
}

export const { Edge: ContractEdge, Connection: ContractConnection } = connectionTypes(Contract, 'Contract');
