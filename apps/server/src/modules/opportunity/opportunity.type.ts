import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { connectionTypes } from '../../core/pagination/connection.ts';
import type { Decimal } from '../../core/money/money.ts';

export enum OpportunityStatus {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}
registerEnumType(OpportunityStatus, { name: 'OpportunityStatus', description: 'The kind of the stage the deal is in.' });

/**
 * A deal in the pipeline. Money fields (`amount`, `weightedAmount`) and relations
 * (customer, contact, owner, stage, stageHistory, status) resolve in opportunity-fields.resolver.ts.
 */
@ObjectType()
export class Opportunity {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => Int, { description: 'Win probability 0–100; starts at the stage default, editable per deal.' }) probability: number;
  @Field(() => LocalDateResolver, { description: 'Expected close date, YYYY-MM-DD.' }) expectedCloseDate: string;
  @Field(() => [String]) competitors: string[];
  @Field(() => String, { nullable: true }) source: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true, description: 'Why the deal was lost; set in LOST stages only.' }) lostReason: string | null;
  @Field(() => Date, { nullable: true, description: 'When the deal entered a WON or LOST stage.' }) closedAt: Date | null;
  @Field(() => Date, { description: 'When the deal entered its current stage.' }) stageEnteredAt: Date;
  @Field(() => Float, { description: 'Sort key within its board column (ascending).' }) rank: number;
  @Field(() => Date, { nullable: true }) deletedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;

  amountValue: Decimal;
  currency: string;
  customerId: string;
  contactId: string | null;
  ownerId: string | null;
  stageId: string;
  partnerId: string | null;
  leadId: string | null;
}

/** One move of a deal between stages, with the time it spent in the stage it left. */
@ObjectType()
export class OpportunityStageChange {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true, description: 'Seconds spent in the stage left; null for the first entry.' }) secondsInFrom: number | null;
  @Field(() => Date) changedAt: Date;

  fromStageId: string | null;
  toStageId: string;
  changedById: string | null;
}

export const { Edge: OpportunityEdge, Connection: OpportunityConnection } = connectionTypes(Opportunity, 'Opportunity');
