import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { CurrencyRate, CurrencyRates } from './currency.type.ts';

@Resolver()
export class CurrencyResolver {
  @Authorized('opportunity:read')
  @Query(() => CurrencyRates, { description: 'The base currency and the exchange rates into it.' })
  async currencyRates(@Ctx() ctx: Context) {
    return ctx.services.currency.rates(await ctx.scope());
  }

  @Authorized('admin:sales')
  @Mutation(() => CurrencyRate, { description: 'Creates or changes the rate of a currency (base-currency units per 1 unit).' })
  async setCurrencyRate(
    @Arg('currency', () => String) currency: string,
    @Arg('rate', () => String, { description: 'Decimal string > 0, e.g. "7.1".' }) rate: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.currency.setRate(ctx.viewer!, await ctx.scope(), currency, rate);
  }

  @Authorized('admin:sales')
  @Mutation(() => Boolean, { description: 'Removes a rate; deals in that currency then count as unconverted in totals.' })
  async deleteCurrencyRate(@Arg('currency', () => String) currency: string, @Ctx() ctx: Context) {
    return ctx.services.currency.deleteRate(ctx.viewer!, await ctx.scope(), currency);
  }
}
