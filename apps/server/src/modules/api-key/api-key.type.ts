import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../core/pagination/connection.ts';

export enum ApiKeyStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  OWNER_INACTIVE = 'OWNER_INACTIVE',
}
registerEnumType(ApiKeyStatus, {
  name: 'ApiKeyStatus',
  description: 'REVOKED once revoked (even if also past its expiry), else EXPIRED once past `expiresAt`, else OWNER_INACTIVE while its owner is deactivated (refused, until the owner is reactivated), else ACTIVE.',
});

/**
 * An API key as lists show it: never the key nor its hash, only the first characters
 * (`prefix`). A script sends the key as `Authorization: Bearer pk_…` and acts as the owner
 * with the key's scopes that the owner's role grants at the time of the request.
 */
@ObjectType({ description: 'A key for scripts and integrations, acting as its owner within its scopes (SPEC §5).' })
export class ApiKey {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'The key’s first characters (pk_ and 8 more), to recognise it.' }) prefix: string;
  @Field(() => [String], { description: 'module:action permissions the key may use, within its owner’s role.' }) scopes: string[];
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Last request made with the key, to within a minute.' }) lastUsedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => ApiKeyStatus) status: ApiKeyStatus;

  userId: string;
}

@ObjectType({ description: 'A new API key: `key` is shown this once and cannot be read again.' })
export class CreatedApiKey {
  @Field(() => String, { description: 'The secret, for `Authorization: Bearer <key>`. Store it now: only its hash is kept.' }) key: string;
  @Field(() => ApiKey) apiKey: ApiKey;
}

export const { Edge: ApiKeyEdge, Connection: ApiKeyConnection } = connectionTypes(ApiKey, 'ApiKey');
