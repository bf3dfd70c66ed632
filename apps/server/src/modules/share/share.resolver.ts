import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../context.ts';
import { SIGNED_IN } from '../../core/auth/auth-checker.ts';
import { Customer } from '../customer/customer.type.ts';
import { Opportunity } from '../opportunity/opportunity.type.ts';
import { Contract } from '../contract/contract.type.ts';
import { Department } from '../department/department.type.ts';
import { User } from '../user/user.type.ts';
import { viewerCan } from '../../core/auth/permissions.ts';
import { RecordShare, SharedEntity } from './share.type.ts';
import { ShareRecordInput } from './share.inputs.ts';

const SHARE_DOC = 'Shares it with a colleague or a department, read-only or read-write (sharing again changes the access). Owners, their managers and admins only.';

@Resolver(() => RecordShare)
export class ShareResolver {
  @Authorized('customer:update')
  @Mutation(() => RecordShare, { description: `A customer: ${SHARE_DOC} Its contacts follow it.` })
  async shareCustomer(@Arg('input', () => ShareRecordInput) input: ShareRecordInput, @Ctx() ctx: Context) {
    return ctx.services.share.share(ctx.viewer!, await ctx.scope(), SharedEntity.CUSTOMER, input);
  }

  @Authorized('opportunity:update')
  @Mutation(() => RecordShare, { description: `A deal: ${SHARE_DOC} Its products, quotes and orders follow it.` })
  async shareOpportunity(@Arg('input', () => ShareRecordInput) input: ShareRecordInput, @Ctx() ctx: Context) {
    return ctx.services.share.share(ctx.viewer!, await ctx.scope(), SharedEntity.OPPORTUNITY, input);
  }

  @Authorized('contract:update')
  @Mutation(() => RecordShare, { description: `A contract: ${SHARE_DOC} Its entitlements follow it.` })
  async shareContract(@Arg('input', () => ShareRecordInput) input: ShareRecordInput, @Ctx() ctx: Context) {
    return ctx.services.share.share(ctx.viewer!, await ctx.scope(), SharedEntity.CONTRACT, input);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Ends a share: whoever may share the record, or whoever made the share. NOT_FOUND for a share of a record you cannot see.' })
  async revokeShare(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.share.revoke(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => User, { nullable: true, description: 'The colleague it is shared with (null when shared with a department).' })
  user(@Root() share: RecordShare, @Ctx() ctx: Context) {
    return share.userId ? ctx.loaders.user.load(share.userId) : null;
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => Department, { nullable: true, description: 'The department (and its sub-departments) it is shared with.' })
  department(@Root() share: RecordShare, @Ctx() ctx: Context) {
    return share.departmentId ? ctx.loaders.department.load(share.departmentId) : null;
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => User, { nullable: true, description: 'Who shared it.' })
  createdBy(@Root() share: RecordShare, @Ctx() ctx: Context) {
    return share.createdById ? ctx.loaders.user.load(share.createdById) : null;
  }
}

const CAN_EDIT_DOC = 'Whether you may change it: your role may update such records and it is yours to change (owner, their manager, admin) or shared with you read-write. A deleted record still refuses changes until restored.';

type ShareableRecord = { id: string; ownerId: string | null; partnerId: string | null };

/**
 * The sharing fields of a record type that can be shared (customer, deal, contract): who else
 * it is shared with, and whether the viewer may change it — the update permission, then access
 * by scope or by a read-write share (one batched statement per page, none without shares).
 */
function sharingFieldsResolver(type: ClassType, entity: SharedEntity, noun: string, module: 'customer' | 'opportunity' | 'contract') {
  @Resolver(() => type)
  class SharingFieldsResolver {
    @Authorized(`${module}:read`)
    @FieldResolver(() => Boolean, { description: CAN_EDIT_DOC })
    async viewerCanEdit(@Root() record: ShareableRecord, @Ctx() ctx: Context) {
      if (!viewerCan(ctx.viewer!, `${module}:update`)) return false;
      return ctx.loaders.editable.load({ entity, record });
    }

    @Authorized(`${module}:read`)
    @FieldResolver(() => [RecordShare], { description: `Who else this ${noun} is shared with.` })
    shares(@Root() record: ShareableRecord, @Ctx() ctx: Context) {
      return ctx.loaders.shares.load(`${entity}:${record.id}`);
    }
  }
  return SharingFieldsResolver;
}

export const CustomerSharesResolver = sharingFieldsResolver(Customer, SharedEntity.CUSTOMER, 'customer', 'customer');
export const OpportunitySharesResolver = sharingFieldsResolver(Opportunity, SharedEntity.OPPORTUNITY, 'deal', 'opportunity');
export const ContractSharesResolver = sharingFieldsResolver(Contract, SharedEntity.CONTRACT, 'contract', 'contract');
