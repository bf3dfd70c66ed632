import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { SIGNED_IN } from '../../core/auth/auth-checker.ts';
import { FieldChange } from './timeline.type.ts';

type Label = (ctx: Context, id: string) => Promise<string | null>;

/**
 * Changes store ids for references (`ownerId: null → 7f3…`); people read names. Each label
 * goes through a request-scoped loader (one query per kind per request) and the viewer's
 * scope: a customer the viewer cannot see keeps no label.
 */
const REFERENCE_LABELS: Record<string, Label> = {
  ownerId: async (ctx, id) => (await ctx.loaders.user.load(id))?.name ?? null,
  userId: async (ctx, id) => (await ctx.loaders.user.load(id))?.name ?? null,
  territoryId: async (ctx, id) => (await ctx.loaders.territory.load(id))?.name ?? null,
  departmentId: async (ctx, id) => (await ctx.loaders.department.load(id))?.name ?? null,
  customerId: async (ctx, id) => (await ctx.loaders.customer.load(id))?.name ?? null,
  stageId: async (ctx, id) => (await ctx.loaders.pipelineStage.load(id))?.name ?? null,
  contactId: async (ctx, id) => (await ctx.loaders.contact.load(id))?.name ?? null,
};

function label(ctx: Context, field: string, id: string | null): Promise<string | null> | null {
  const lookup = REFERENCE_LABELS[field] as Label | undefined;
  return lookup && id ? lookup(ctx, id) : null;
}

@Resolver(() => FieldChange)
export class FieldChangeResolver {
  @Authorized(SIGNED_IN)
  @FieldResolver(() => String, { nullable: true, description: 'A display name for `from` when the field references a record (owner, territory, …).' })
  fromLabel(@Root() change: FieldChange, @Ctx() ctx: Context) {
    return label(ctx, change.field, change.from);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => String, { nullable: true, description: 'A display name for `to` when the field references a record.' })
  toLabel(@Root() change: FieldChange, @Ctx() ctx: Context) {
    return label(ctx, change.field, change.to);
  }
}
