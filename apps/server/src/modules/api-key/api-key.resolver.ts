import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.ts';
import { SESSION, SIGNED_IN } from '../../core/auth/auth-checker.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { User } from '../user/user.type.ts';
import { ApiKey, ApiKeyConnection, CreatedApiKey } from './api-key.type.ts';
import { CreateApiKeyInput } from './api-key.inputs.ts';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [ApiKey], { description: 'The viewer’s API keys, newest first (at most 100); never the key itself.' })
  async myApiKeys(@Ctx() ctx: Context) {
    return ctx.services.apiKey.mine(await ctx.scope());
  }

  @Authorized('admin:users')
  @Query(() => ApiKeyConnection, { description: 'Every API key with its owner, newest first.' })
  async apiKeys(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.apiKey.list(await ctx.scope(), args);
  }

  @Authorized(SESSION)
  @Mutation(() => CreatedApiKey, {
    description: 'Issues an API key for the viewer, shown this once. Scopes must be among the viewer’s permissions; an API key cannot create keys.',
  })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    return ctx.services.apiKey.create(ctx.viewer!, await ctx.scope(), input);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => ApiKey, { description: 'Revokes one of the viewer’s keys (any key with admin:users); the next request with it is UNAUTHENTICATED. Revoking twice is harmless.' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.apiKey.revoke(ctx.viewer!, await ctx.scope(), id);
  }

  @Authorized(SIGNED_IN)
  @FieldResolver(() => User)
  async owner(@Root() key: ApiKey, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(key.userId))!;
  }
}
