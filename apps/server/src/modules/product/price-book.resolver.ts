import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { PriceBook, PricedProduct, ProductPrice } from './product.type.ts';
import { CreatePriceBookInput, PriceBookFilter, ProductPriceArgs, SetProductPriceInput, UpdatePriceBookInput } from './product.inputs.ts';

@Resolver(() => PriceBook)
export class PriceBookResolver {
  @Authorized('product:read')
  @Query(() => [PriceBook], { description: 'Price books by currency, the default first.' })
  async priceBooks(@Arg('filter', () => PriceBookFilter, { nullable: true }) filter: PriceBookFilter | null, @Ctx() ctx: Context) {
    return ctx.services.priceBook.list(await ctx.scope(), filter);
  }

  @Authorized('product:read')
  @Query(() => PriceBook)
  async priceBook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.priceBook.get(await ctx.scope(), id);
  }

  @Authorized('product:read')
  @Query(() => PricedProduct, { description: 'List price, volume discount reached and net unit price of a product at a quantity.' })
  async productPrice(@Args() args: ProductPriceArgs, @Ctx() ctx: Context) {
    return ctx.services.priceBook.productPrice(await ctx.scope(), args);
  }

  @Authorized('product:manage')
  @Mutation(() => PriceBook, { description: 'isDefault: true makes it the default of its currency (the previous default stops being one).' })
  async createPriceBook(@Arg('input', () => CreatePriceBookInput) input: CreatePriceBookInput, @Ctx() ctx: Context) {
    return ctx.services.priceBook.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('product:manage')
  @Mutation(() => PriceBook)
  async updatePriceBook(@Arg('id', () => ID) id: string, @Arg('input', () => UpdatePriceBookInput) input: UpdatePriceBookInput, @Ctx() ctx: Context) {
    return ctx.services.priceBook.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('product:manage')
  @Mutation(() => Boolean, { description: 'CONFLICT (reason IN_USE) when deals or quotes are priced from it.' })
  async deletePriceBook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.priceBook.remove(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('product:manage')
  @Mutation(() => ProductPrice, { description: 'Creates or replaces the product’s price in the book and all its tiers.' })
  async setProductPrice(@Arg('input', () => SetProductPriceInput) input: SetProductPriceInput, @Ctx() ctx: Context) {
    return ctx.services.priceBook.setPrice(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('product:manage')
  @Mutation(() => Boolean)
  async removeProductPrice(@Arg('priceBookId', () => ID) priceBookId: string, @Arg('productId', () => ID) productId: string, @Ctx() ctx: Context) {
    return ctx.services.priceBook.removePrice(ctx.viewer!, await ctx.scope(), priceBookId, productId);
  }
}
