import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Customer } from '../customer/customer.type.ts';
import { Contact, ContactConnection } from './contact.type.ts';
import { ContactsArgs, CreateContactInput, UpdateContactInput } from './contact.inputs.ts';

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized('contact:read')
  @Query(() => ContactConnection)
  async contacts(@Args() args: ContactsArgs, @Ctx() ctx: Context) {
    return ctx.services.contact.list(await ctx.scope(), args);
  }

  @Authorized('contact:read')
  @Query(() => Contact)
  async contact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.contact.get(await ctx.scope(), id);
  }

  @Authorized('contact:create')
  @Mutation(() => Contact)
  async createContact(@Arg('input', () => CreateContactInput) input: CreateContactInput, @Ctx() ctx: Context) {
    return ctx.services.contact.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('contact:update')
  @Mutation(() => Contact)
  async updateContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contact.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('contact:delete')
  @Mutation(() => Contact)
  async deleteContact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.contact.setDeleted(ctx.viewer!, await ctx.scope(), id, true);
  }

  @Authorized('contact:delete')
  @Mutation(() => Contact)
  async restoreContact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.contact.setDeleted(ctx.viewer!, await ctx.scope(), id, false);
  }

  @Authorized('contact:read')
  @FieldResolver(() => Customer)
  customer(@Root() contact: Contact, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(contact.customerId);
  }
}
