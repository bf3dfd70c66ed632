import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Product, ProductConnection } from './product.type.ts';
import { CreateProductInput, ProductsArgs, UpdateProductInput } from './product.inputs.ts';

@Resolver(() => Product)
export class ProductResolver {
  @Authorized('product:read')
  @Query(() => ProductConnection, { description: 'The catalogue, cursor-paginated; default order: name.' })
  products(@Args() args: ProductsArgs, @Ctx() ctx: Context) {
    return ctx.services.product.list(args);
  }

  @Authorized('product:read')
  @Query(() => Product)
  product(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.product.get(id);
  }

  @Authorized('product:read')
  @Query(() => [String], { description: 'Categories in use, alphabetically.' })
  productCategories(@Ctx() ctx: Context) {
    return ctx.services.product.categories();
  }

  @Authorized('product:manage')
  @Mutation(() => Product, { description: 'CONFLICT (reason DUPLICATE_SKU, field input.sku) when the SKU is taken.' })
  createProduct(@Arg('input', () => CreateProductInput) input: CreateProductInput, @Ctx() ctx: Context) {
    return ctx.services.product.create(ctx.viewer!, input);
  }

  @Authorized('product:manage')
  @Mutation(() => Product)
  updateProduct(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProductInput) input: UpdateProductInput, @Ctx() ctx: Context) {
    return ctx.services.product.update(ctx.viewer!, id, input);
  }

  @Authorized('product:manage')
  @Mutation(() => Product, { description: 'Archived products stay on existing deals but cannot be added to new lines.' })
  archiveProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.product.setActive(ctx.viewer!, id, false);
  }

  @Authorized('product:manage')
  @Mutation(() => Product)
  unarchiveProduct(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.product.setActive(ctx.viewer!, id, true);
  }
}
