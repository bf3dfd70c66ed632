import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { TargetPeriod } from '../../generated/prisma/enums.ts';
import { IsId } from '../../core/ids.ts';

@InputType({ description: 'Which targets to list; the viewer’s scope always applies on top.' })
export class SalesTargetFilter {
  @Field(() => ID, { nullable: true, description: 'Only this user’s targets.' }) @IsId() userId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this department’s own targets.' }) @IsId() departmentId?: string | null;
  @Field(() => TargetPeriod, { nullable: true }) period?: TargetPeriod | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Periods starting on or after this day.' }) from?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Periods starting on or before this day.' }) to?: string | null;
}

@InputType({ description: 'Sets (creates or replaces) the target of one user or one department for one period.' })
export class SetSalesTargetInput {
  @Field(() => ID, { nullable: true, description: 'Exactly one of userId and departmentId.' }) userId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => TargetPeriod) period: TargetPeriod;
  @Field(() => LocalDateResolver, { description: 'First day of the month (MONTH) or quarter (QUARTER).' }) periodStart: string;
  @Field(() => String, { description: 'Decimal string ≥ 0 with at most two decimals.' }) amount: string;
  @Field(() => String, { description: 'ISO 4217 code of a supported currency.' }) currency: string;
}
