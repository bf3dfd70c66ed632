import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

const money = (description = '') => ({ description: `Decimal string in the dashboard currency.${description ? ` ${description}` : ''}` });
const unconverted = { description: 'Deals counted here whose currency has no exchange rate: left out of the amounts.' };

@ObjectType({ description: 'One pipeline stage: deals closing in the period (open: expected close; won/lost: closed).' })
export class FunnelStage {
  @Field(() => ID) stageId: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'OPEN, WON or LOST.' }) kind: string;
  @Field(() => Int) count: number;
  @Field(() => String, money()) amount: string;
  @Field(() => Int, unconverted) unconvertedCount: number;
}

@ObjectType({ description: 'Open deals expected to close in one month of the period.' })
export class PipelineMonth {
  @Field(() => String, { description: 'YYYY-MM.' }) month: string;
  @Field(() => LocalDateResolver, { description: 'The month clipped to the period: first day.' }) from: string;
  @Field(() => LocalDateResolver, { description: 'The month clipped to the period: last day.' }) to: string;
  @Field(() => Int) count: number;
  @Field(() => String, money()) amount: string;
  @Field(() => String, money('Σ amount × probability / 100, each deal rounded to cents.')) weightedAmount: string;
  @Field(() => Int, unconverted) unconvertedCount: number;
}

@ObjectType({ description: 'Deals an owner closed in the period.' })
export class OwnerWinRate {
  @Field(() => ID, { nullable: true, description: 'Null: deals without an owner.' }) ownerId: string | null;
  @Field(() => String, { nullable: true }) ownerName: string | null;
  @Field(() => Int) won: number;
  @Field(() => Int) lost: number;
  @Field(() => Float, { description: 'won / (won + lost), 0–1, four decimals.' }) winRate: number;
  @Field(() => Float, { nullable: true, description: 'Average days from creation to close of the won deals; null without any.' }) avgCycleDays: number | null;
  @Field(() => String, money()) wonAmount: string;
  @Field(() => Int, unconverted) unconvertedCount: number;
}

@ObjectType({ description: 'Deals won in one month of the period (by closing date).' })
export class RevenueMonth {
  @Field(() => String, { description: 'YYYY-MM.' }) month: string;
  @Field(() => LocalDateResolver) from: string;
  @Field(() => LocalDateResolver) to: string;
  @Field(() => Int) count: number;
  @Field(() => String, money()) amount: string;
  @Field(() => Int, unconverted) unconvertedCount: number;
}

@ObjectType({ description: 'A customer ranked by the amount won from it in the period.' })
export class TopCustomer {
  @Field(() => ID) customerId: string;
  @Field(() => String, { nullable: true, description: 'Null when the viewer may not see the customer itself.' }) customerName: string | null;
  @Field(() => Int) count: number;
  @Field(() => String, money()) amount: string;
  @Field(() => Int, unconverted) unconvertedCount: number;
}

@ObjectType({ description: 'Leads created in the period from one source, and how many were converted.' })
export class LeadSourceConversion {
  @Field(() => String, { description: 'A LeadSource value.' }) source: string;
  @Field(() => Int) total: number;
  @Field(() => Int) converted: number;
  @Field(() => Float, { description: 'converted / total, 0–1, four decimals.' }) rate: number;
}

@ObjectType({ description: 'Forecast of the period: open deals expected to close in it and deals won in it.' })
export class SalesForecast {
  @Field(() => String, money('Σ amount × probability / 100 of open deals.')) weighted: string;
  @Field(() => String, money('Open deals with probability ≥ 75, plus won.')) commit: string;
  @Field(() => String, money('All open deals, plus won.')) bestCase: string;
  @Field(() => String, money('Deals won in the period.')) won: string;
  @Field(() => Int) openCount: number;
  @Field(() => Int) wonCount: number;
  @Field(() => Int, unconverted) unconvertedCount: number;
}

@ObjectType({ description: 'Deals in a currency without an exchange rate; counted, never converted.' })
export class UnconvertedCurrency {
  @Field(() => String) currency: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'The sales dashboard: every figure aggregated in SQL over the deals and leads the viewer may see.' })
export class SalesDashboard {
  @Field(() => String, { description: 'The currency every amount is shown in.' }) currency: string;
  @Field(() => String) baseCurrency: string;
  @Field(() => LocalDateResolver) from: string;
  @Field(() => LocalDateResolver) to: string;
  // The charts are field resolvers (sales-dashboard-fields.resolver.ts): each runs only when selected.
}
