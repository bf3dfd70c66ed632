import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../context.ts';
import { Contract, ContractConnection, ContractEntitlement, CustomerEntitlement } from './contract.type.ts';
import { ContractsArgs, CreateContractInput, EntitlementInput, RenewContractInput, UpdateContractInput, UpdateEntitlementInput } from './contract.inputs.ts';

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized('contract:read')
  @Query(() => ContractConnection, { description: 'Contracts the viewer may see, cursor-paginated.' })
  async contracts(@Args() args: ContractsArgs, @Ctx() ctx: Context) {
    return ctx.services.contract.list(await ctx.scope(), args);
  }

  @Authorized('contract:read')
  @Query(() => Contract)
  async contract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.contract.get(await ctx.scope(), id);
  }

  @Authorized('contract:read')
  @Query(() => [CustomerEntitlement], { description: 'Entitlements of the customer’s contracts in effect on the day, with what remains.' })
  async customerEntitlements(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('on', () => LocalDateResolver) on: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contractEntitlement.forCustomer(await ctx.scope(), customerId, on);
  }

  @Authorized('contract:create')
  @Mutation(() => Contract, { description: 'Creates a DRAFT contract.' })
  async createContract(@Arg('input', () => CreateContractInput) input: CreateContractInput, @Ctx() ctx: Context) {
    return ctx.services.contract.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized('contract:update')
  @Mutation(() => Contract, { description: 'DRAFT and ACTIVE contracts only.' })
  async updateContract(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateContractInput) input: UpdateContractInput, @Ctx() ctx: Context) {
    return ctx.services.contract.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('contract:update')
  @Mutation(() => Contract, { description: 'DRAFT → ACTIVE; signed today unless signedDate (or the stored one).' })
  async activateContract(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('signedDate', () => LocalDateResolver, { nullable: true }) signedDate: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contract.activate(ctx.viewer!, await ctx.scope(), id, version, signedDate);
  }

  @Authorized('contract:update')
  @Mutation(() => Contract, { description: 'Ends a DRAFT or ACTIVE contract; the reason is required.' })
  async terminateContract(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contract.terminate(ctx.viewer!, await ctx.scope(), id, version, reason);
  }

  @Authorized('contract:update')
  @Mutation(() => Contract, { description: 'Creates the next contract and marks this one RENEWED, in one transaction; returns the new one.' })
  async renewContract(@Arg('id', () => ID) id: string, @Arg('input', () => RenewContractInput) input: RenewContractInput, @Ctx() ctx: Context) {
    return ctx.services.contract.renew(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('contract:delete')
  @Mutation(() => Contract, { description: 'Soft delete; DRAFT contracts only.' })
  async deleteContract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.contract.remove(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized('contract:update')
  @Mutation(() => ContractEntitlement)
  async addContractEntitlement(@Arg('contractId', () => ID) contractId: string, @Arg('input', () => EntitlementInput) input: EntitlementInput, @Ctx() ctx: Context) {
    return ctx.services.contractEntitlement.add(ctx.viewer!, await ctx.scope(), contractId, input);
  }

  @Authorized('contract:update')
  @Mutation(() => ContractEntitlement)
  async updateContractEntitlement(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateEntitlementInput) input: UpdateEntitlementInput, @Ctx() ctx: Context) {
    return ctx.services.contractEntitlement.update(ctx.viewer!, await ctx.scope(), id, input);
  }

  @Authorized('contract:update')
  @Mutation(() => ContractEntitlement)
  async removeContractEntitlement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.contractEntitlement.remove(ctx.viewer!, await ctx.scope(), id);
  }
}
