import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CommissionMode, Role } from '../../generated/prisma/enums.ts';
import { Money } from '../../core/money/money.type.ts';

registerEnumType(CommissionMode, {
  name: 'CommissionMode',
  description: 'MARGINAL: each bracket of the won amount earns its own rate; WHOLE: the highest bracket reached applies to the whole amount.',
});

@ObjectType({ description: 'A bracket of a plan: won amount from `fromAmount` (in the plan’s currency) up to the next tier earns `ratePercent`.' })
export class CommissionTier {
  @Field(() => String, { description: 'Decimal string, two decimals; the first tier starts at 0.00.' }) fromAmount: string;
  @Field(() => String, { description: 'Decimal string 0–100, two decimals.' }) ratePercent: string;
}

@ObjectType({ description: 'A commission plan for one role, in one currency, with tiers over the won amount per month.' })
export class CommissionPlan {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => Role) role: Role;
  @Field(() => String) currency: string;
  @Field(() => CommissionMode) mode: CommissionMode;
  @Field(() => Boolean, { description: 'At most one active plan per role.' }) active: boolean;
  @Field(() => [CommissionTier], { description: 'Ordered by fromAmount.' }) tiers: CommissionTier[];
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'Where a statement’s won amount stands in its plan’s tiers.' })
export class CommissionTierProgress {
  @Field(() => String, { description: 'Lower bound of the bracket reached.' }) currentFrom: string;
  @Field(() => String, { description: 'Rate of the bracket reached, percent.' }) currentRatePercent: string;
  @Field(() => String, { nullable: true, description: 'Lower bound of the next bracket; null at the top tier.' }) nextFrom: string | null;
  @Field(() => String, { nullable: true }) nextRatePercent: string | null;
  @Field(() => String, { nullable: true, description: 'Won amount still missing to reach the next bracket.' }) remaining: string | null;
}

@ObjectType({ description: 'One won deal of a statement with the commission attributed to it.' })
export class CommissionLine {
  @Field(() => ID) opportunityId: string;
  @Field(() => String, { nullable: true, description: 'The deal’s name; null when the deal is outside the viewer’s scope.' }) opportunityName: string | null;
  @Field(() => Date) closedAt: Date;
  @Field(() => Money, { description: 'The deal’s amount in its own currency.' }) originalAmount: Money;
  @Field(() => Money, { nullable: true, description: 'The amount in the plan’s currency; null when its currency has no exchange rate (unconverted).' }) amount: Money | null;
  @Field(() => Money, { description: 'commission(cumulative after this deal) − commission(cumulative before); lines sum to the statement’s commission.' })
  commission: Money;
  @Field(() => Boolean, { description: 'The deal’s currency has no rate: listed, counted, earning nothing.' }) unconverted: boolean;
}

@ObjectType({ description: 'A user’s commission for one month: computed live, or frozen when the month is closed.' })
export class CommissionStatement {
  @Field(() => ID) userId: string;
  @Field(() => LocalDateResolver, { description: 'First day of the month.' }) periodStart: string;
  @Field(() => Boolean, { description: 'The month is closed: figures come from the snapshot taken at closing.' }) closed: boolean;
  @Field(() => ID, { nullable: true }) planId: string | null;
  @Field(() => String, { nullable: true }) planName: string | null;
  @Field(() => CommissionMode, { nullable: true }) mode: CommissionMode | null;
  @Field(() => String) currency: string;
  @Field(() => Money, { description: 'Won amount in the plan’s currency (converted deals only).' }) won: Money;
  @Field(() => Money) commission: Money;
  @Field(() => Int) dealCount: number;
  @Field(() => Int, { description: 'Won deals whose currency has no rate into the plan’s currency.' }) unconvertedCount: number;
  @Field(() => CommissionTierProgress, { nullable: true, description: 'Null when the plan no longer exists.' }) progress: CommissionTierProgress | null;
  @Field(() => [CommissionLine], { nullable: true, description: 'The deals, in closing order; only on `commissionStatement`, null in lists.' })
  lines: CommissionLine[] | null;
}

@ObjectType({ description: 'A closed commission month.' })
export class CommissionPeriod {
  @Field(() => LocalDateResolver) periodStart: string;
  @Field(() => Date) closedAt: Date;
  @Field(() => ID, { nullable: true }) closedById: string | null;
  @Field(() => Int, { description: 'Statements frozen at closing.' }) statementCount: number;
}
