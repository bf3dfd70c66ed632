import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { User } from '../user/user.type.ts';
import { Territory } from '../territory/territory.type.ts';
import { ContactConnection } from '../contact/contact.type.ts';
import { TimelineConnection } from '../timeline/timeline.type.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { Customer, CustomerConnection, DuplicateMatch } from './customer.type.ts';
import { CreateCustomerInput, CustomersArgs, DuplicateArgs, UpdateCustomerInput } from './customer.inputs.ts';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized('customer:read')
  @Query(() => CustomerConnection, { description: 'Customers the viewer may see, cursor-paginated.' })
  async customers(@Args() args: CustomersArgs, @Ctx() ctx: Context) {
    return ctx.services.customer.list(await ctx.scope(), args);
  }

  @Authorized('customer:read')
  @Query(() => Customer)
  async customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.customer.get(await ctx.scope(), id);
  }

  @Authorized('customer:read')
  @Query(() => [DuplicateMatch], { description: 'Visible customers with the same name, phone or email.' })
  async customerDuplicates(@Args() args: DuplicateArgs, @Ctx() ctx: Context) {
    return ctx.services.customer.duplicates(await ctx.scope(), args);
  }

  @Authorized('customer:read')
  @Query(() => [String], { description: 'Industries in use, for filters.' })
  async industries(@Ctx() ctx: Context) {
    return ctx.services.customer.repo.distinctIndustries(await ctx.scope());
  }

  @Authorized('customer:read')
  @Query(() => [String], { description: 'Tags in use, for filters.' })
  async tags(@Ctx() ctx: Context) {
    return ctx.services.customer.repo.distinctTags(await ctx.scope());
  }

  @Authorized('customer:create')
  @Mutation(() => Customer)
  async createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @Ctx() ctx: Context) {
    return ctx.services.customer.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('customer:update')
  @Mutation(() => Customer)
  async updateCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customer.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('customer:delete')
  @Mutation(() => Customer, { description: 'Soft delete: hidden from lists, restorable, history kept.' })
  async deleteCustomer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.customer.remove(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('customer:delete')
  @Mutation(() => Customer)
  async restoreCustomer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.customer.restore(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('customer:read')
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() customer: Customer, @Ctx() ctx: Context) {
    return customer.ownerId ? ctx.loaders.user.load(customer.ownerId) : null;
  }

  @Authorized('customer:read')
  @FieldResolver(() => Territory, { nullable: true })
  territory(@Root() customer: Customer, @Ctx() ctx: Context) {
    return customer.territoryId ? ctx.loaders.territory.load(customer.territoryId) : null;
  }

  @Authorized('contact:read')
  @FieldResolver(() => Int)
  contactCount(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.contactCount.load(customer.id);
  }

  @Authorized('contact:read')
  @FieldResolver(() => ContactConnection)
  async contacts(@Root() customer: Customer, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.contact.list(await ctx.scope(), { ...page, filter: { customerId: customer.id } });
  }

  @Authorized('customer:read')
  @FieldResolver(() => TimelineConnection, { description: 'Notes and changes, newest first.' })
  async timeline(@Root() customer: Customer, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.timeline.forCustomer(await ctx.scope(), customer, page);
  }
}
