import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { PriceBook, PricedProduct, Product, ProductPrice } from './product.type.ts';

/** A product's prices in every book, batched (no N+1). */
@Resolver(() => Product)
export class ProductFieldsResolver {
  @Authorized('product:read')
  @FieldResolver(() => [ProductPrice], { description: 'Its price in every book (by currency, then book name).' })
  prices(@Root() p: Product, @Ctx() ctx: Context) {
    return ctx.loaders.productPrices.load(p.id);
  }
}

@Resolver(() => ProductPrice)
export class ProductPriceFieldsResolver {
  @Authorized('product:read')
  @FieldResolver(() => PriceBook)
  priceBook(@Root() p: ProductPrice, @Ctx() ctx: Context) {
    return ctx.loaders.priceBook.load(p.priceBookId);
  }

  @Authorized('product:read')
  @FieldResolver(() => Product)
  product(@Root() p: ProductPrice, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(p.productId);
  }
}

@Resolver(() => PriceBook)
export class PriceBookFieldsResolver {
  @Authorized('product:read')
  @FieldResolver(() => Int, { description: 'How many products have a price in the book.' })
  productCount(@Root() b: PriceBook, @Ctx() ctx: Context) {
    return ctx.loaders.priceBookEntryCount.load(b.id);
  }
}

@Resolver(() => PricedProduct)
export class PricedProductFieldsResolver {
  @Authorized('product:read')
  @FieldResolver(() => Product)
  product(@Root() p: PricedProduct, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(p.productId);
  }
}
