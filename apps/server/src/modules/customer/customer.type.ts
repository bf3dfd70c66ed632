import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { CompanySize, CustomerKind, CustomerTier, LifecycleStage } from '../../generated/prisma/enums.ts';
import { connectionTypes } from '../../core/pagination/connection.ts';

registerEnumType(CustomerKind, { name: 'CustomerKind' });
registerEnumType(LifecycleStage, { name: 'LifecycleStage' });
registerEnumType(CustomerTier, { name: 'CustomerTier' });
registerEnumType(CompanySize, { name: 'CompanySize' });

@ObjectType()
export class Address {
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => String, { nullable: true }) province: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) street: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
}

/** A company or person the business sells to or serves. Relations resolve in customer.resolver.ts. */
@ObjectType()
export class Customer {
  @Field(() => ID) id: string;
  @Field(() => CustomerKind) kind: CustomerKind;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) industry: string | null;
  @Field(() => CompanySize, { nullable: true }) size: CompanySize | null;
  @Field(() => CustomerTier) tier: CustomerTier;
  @Field(() => LifecycleStage) lifecycleStage: LifecycleStage;
  @Field(() => [String]) tags: string[];
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => Address) address: Address;
  @Field(() => JSONObjectResolver) customFields: Record<string, unknown>;
  @Field(() => Boolean, { description: 'In the customer pool (公海): no owner, any rep may claim it.' }) inPool: boolean;
  @Field(() => Date) lastActivityAt: Date;
  @Field(() => Date, { nullable: true }) claimedAt: Date | null;
  @Field(() => Date, { nullable: true }) deletedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;

  ownerId: string | null;
  territoryId: string | null;
  partnerId: string | null;
}

@ObjectType()
export class DuplicateMatch {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => [String], { description: 'Which fields matched: name, phone, email.' }) matchedOn: string[];
}

export const { Edge: CustomerEdge, Connection: CustomerConnection } = connectionTypes(Customer, 'Customer');
