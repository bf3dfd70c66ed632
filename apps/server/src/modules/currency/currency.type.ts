import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An exchange rate kept by admins: 1 unit of `currency` is worth `rate` units of the base currency.' })
export class CurrencyRate {
  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' }) currency: string;
  @Field(() => String, { description: 'Decimal string, base-currency units per 1 unit of `currency`, e.g. "7.10000000".' }) rate: string;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType({ description: 'The base currency and the rates that convert other currencies into it.' })
export class CurrencyRates {
  @Field(() => String, { description: 'The currency totals are converted into by default (setting sales.baseCurrency).' }) baseCurrency: string;
  @Field(() => [CurrencyRate], { description: 'Ordered by currency code; the base currency itself needs no rate.' }) rates: CurrencyRate[];
}
