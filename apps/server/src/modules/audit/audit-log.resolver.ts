import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { User } from '../user/user.type.ts';
import { AuditEntry, AuditEntryConnection } from './audit-log.type.ts';
import { AuditLogArgs } from './audit-log.inputs.ts';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Authorized('audit:read')
  @Query(() => AuditEntryConnection, { description: 'Every audited change, newest first.' })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context) {
    return ctx.services.audit.list(await ctx.scope(), args);
  }

  @Authorized('audit:read')
  @Query(() => [String], { description: 'Entity names present in the audit log, for filters.' })
  async auditEntities(@Ctx() ctx: Context) {
    return ctx.services.audit.entities(await ctx.scope());
  }

  @Authorized('audit:read')
  @FieldResolver(() => User, { nullable: true, description: 'Null for changes the system made (lockouts, jobs).' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.user.load(entry.actorId) : null;
  }
}
