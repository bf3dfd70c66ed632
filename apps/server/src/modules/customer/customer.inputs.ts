import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsEmail, IsInt, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { CompanySize, CustomerKind, CustomerTier, LifecycleStage } from '../../generated/prisma/enums.ts';
import { DeletedFilter, SortDirection } from '../../core/pagination/filters.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { IsId } from '../../core/ids.ts';

export enum CustomerSortField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
  LAST_ACTIVITY_AT = 'lastActivityAt',
}
registerEnumType(CustomerSortField, { name: 'CustomerSortField' });

export enum PoolFilter {
  IN_POOL = 'IN_POOL',
  OWNED = 'OWNED',
}
registerEnumType(PoolFilter, { name: 'PoolFilter' });

@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Substring of name, phone or email (any script).' })
  @IsOptional() @MaxLength(100) search?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() ownerId?: string | null;
  @Field(() => [LifecycleStage], { nullable: true }) @IsOptional() @ArrayMaxSize(10) lifecycleStage?: LifecycleStage[] | null;
  @Field(() => [CustomerTier], { nullable: true }) @IsOptional() @ArrayMaxSize(10) tier?: CustomerTier[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) industry?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) tag?: string | null;
  @Field(() => ID, { nullable: true, description: 'This territory and every territory below it.' }) @IsId() territoryId?: string | null;
  @Field(() => PoolFilter, { nullable: true }) pool?: PoolFilter | null;
  @Field(() => DeletedFilter, { nullable: true, defaultValue: DeletedFilter.ACTIVE }) deleted?: DeletedFilter | null;
}

@InputType()
export class CustomerOrder {
  @Field(() => CustomerSortField) field: CustomerSortField;
  @Field(() => SortDirection) direction: SortDirection;
}

@ArgsType()
export class CustomersArgs extends PageArgs {
  @Field(() => CustomerFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: CustomerFilter | null;
  @Field(() => CustomerOrder, { nullable: true }) orderBy?: CustomerOrder | null;
}

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) country?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) province?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300) street?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) postalCode?: string | null;
}

/** Fields shared by create and update; on update, omitted means unchanged and null clears. */

// Registered but never referenced, so type-graphql 2 does not print it: its fields are inherited.
@InputType('CustomerFieldsBase')
class CustomerFields {
  @Field(() => CustomerKind, { nullable: true }) kind?: CustomerKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) industry?: string | null;
  @Field(() => CompanySize, { nullable: true }) size?: CompanySize | null;
  @Field(() => CustomerTier, { nullable: true }) tier?: CustomerTier | null;
  @Field(() => LifecycleStage, { nullable: true }) lifecycleStage?: LifecycleStage | null;
  @Field(() => ID, { nullable: true, description: 'Omitted on create: the creator owns it. Null: the pool.' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) territoryId?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @MaxLength(50, { each: true }) tags?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) @IsEmail({}, { message: 'must be an email address' }) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) website?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() address?: AddressInput | null;
  @Field(() => JSONObjectResolver, { nullable: true }) customFields?: Record<string, unknown> | null;
}

@InputType()
export class CreateCustomerInput extends CustomerFields {
  @Field(() => String) @Length(1, 200, { message: 'must be 1 to 200 characters' }) name: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Create even when duplicates exist.' })
  allowDuplicate?: boolean | null;
}

@InputType()
export class UpdateCustomerInput extends CustomerFields {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200, { message: 'must be 1 to 200 characters' }) name?: string | null;
}

@ArgsType()
export class DuplicateArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) email?: string | null;
  @Field(() => ID, { nullable: true }) excludeId?: string | null;
}
