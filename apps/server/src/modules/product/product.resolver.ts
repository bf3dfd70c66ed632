import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Product, ProductConnection } from './product.type.ts';
import { CreateProductInput, ProductsArgs, UpdateProductInput } from './product.inputs.ts';

@Resolver(() => Product)
export class ProductResolver {
  @Authorized('product:read')
  @Query(() => ProductConnection, { description: 'The catalogue, cursor-paginated; default order: name.' })
  async products(@Args() args: ProductsArgs, @Ctx() ctx: Context) {
    return ctx.services.product.list(await ctx.scope(), args);
  }

  @Authorized('product:read')
  @Query(() => Product)
  async product(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.product.get(await ctx.scope(), id);
  }

  @Authorized('product:read')
  @Query(() => [String], { description: 'Categories in use, alphabetically.' })
  async productCategories(@Ctx() ctx: Context) {
    return ctx.services.product.categories(await ctx.scope());
  }

  @Authorized('product:manage')
  @Mutation(() => Product, { description: 'CONFLICT (reason DUPLICATE_SKU, field input.sku) when the SKU is taken.' })
  async createProduct(@Arg('input', () => CreateProductInput) input: CreateProductInput, @Ctx() ctx: Context) {
    return ctx.services.product.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('product:manage')
  @Mutation(() => Product)
  async updateProduct(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProductInput) input: UpdateProductInput, @Ctx() ctx: Context) {
    return ctx.services.product.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('product:manage')
  @Mutation(() => Product, { description: 'Archived products stay on existing deals but cannot be added to new lines.' })
  async archiveProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.product.setActive(ctx.viewer!, await ctx.scope(), id, false);
  }

  @Authorized('product:manage')
  @Mutation(() => Product)
  async unarchiveProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.product.setActive(ctx.viewer!, await ctx.scope(), id, true);
  }
}
