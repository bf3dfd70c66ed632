import { Field, ObjectType } from 'type-graphql';

/** An amount of money: a decimal string (never a float) and its currency (§6). */
@ObjectType({ description: 'An amount with its currency; `amount` is a decimal string such as "12345.67".' })
export class Money {
  @Field(() => String, { description: 'Decimal string with two decimals, e.g. "12345.67".' }) amount: string;
  @Field(() => String, { description: 'ISO 4217 code, e.g. CNY.' }) currency: string;
}

export const money = (amount: string, currency: string): Money => ({ amount, currency });
