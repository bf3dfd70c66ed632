import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { TargetPeriod } from '../../generated/prisma/enums.ts';
import '../target/target.type.ts';
import { SalesDashboardFilter } from './sales-analytics.inputs.ts';
import { SalesForecast } from './sales-analytics.type.ts';

@InputType({ description: 'The sales dashboard filter, plus the length of the periods compared.' })
export class ForecastVsTargetFilter extends SalesDashboardFilter {
  @Field(() => TargetPeriod, { nullable: true, description: 'Months (default) or quarters.' }) period?: TargetPeriod | null;
}

@ObjectType({ description: 'One month or quarter of the period: the forecast (same definitions as the dashboard’s) against target.' })
export class ForecastPeriod extends SalesForecast {
  @Field(() => String, { description: 'YYYY-MM or YYYY-Qn.' }) period: string;
  @Field(() => LocalDateResolver, { description: 'The period clipped to the filter: first day.' }) from: string;
  @Field(() => LocalDateResolver, { description: 'The period clipped to the filter: last day.' }) to: string;
  @Field(() => String, {
    nullable: true,
    description: 'Decimal string in the dashboard currency; null without any target. Owner filter: the user’s target; department filter: '
      + 'the department’s own target if set, else the sum of its users’ targets; otherwise the sum of the visible users’ targets.',
  })
  target: string | null;
  @Field(() => Float, { nullable: true, description: 'won / target, four decimals; null without a target above zero.' }) attainment: number | null;
  @Field(() => Int, { description: 'Targets counted here whose currency has no exchange rate: left out of `target`.' }) targetUnconvertedCount: number;
}

@ObjectType({ description: 'Forecast against target per month or quarter, over the deals and targets the viewer may see.' })
export class ForecastVsTarget {
  @Field(() => String) currency: string;
  @Field(() => TargetPeriod) period: TargetPeriod;
  @Field(() => LocalDateResolver) from: string;
  @Field(() => LocalDateResolver) to: string;
  @Field(() => [ForecastPeriod]) periods: ForecastPeriod[];
}
