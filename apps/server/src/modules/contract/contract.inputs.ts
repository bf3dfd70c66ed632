import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsInt, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { DeletedFilter, SortDirection } from '../../core/pagination/filters.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { ContractKind, ContractStatus } from './contract.type.ts';
import { IsId } from '../../core/ids.ts';

export enum ContractSortField {
  END_DATE = 'endDate',
  START_DATE = 'startDate',
  VALUE = 'value',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(ContractSortField, { name: 'ContractSortField' });

@InputType()
export class ContractFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the number or title (any script).' })
  @IsOptional() @MaxLength(100) search?: string | null;
  @Field(() => ContractStatus, { nullable: true, description: 'Status on today’s date (UTC).' }) status?: ContractStatus | null;
  @Field(() => ContractKind, { nullable: true }) kind?: ContractKind | null;
  @Field(() => ID, { nullable: true }) @IsId() customerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() ownerId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ending on or after (YYYY-MM-DD).' }) endFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ending on or before (YYYY-MM-DD).' }) endTo?: string | null;
  @Field(() => DeletedFilter, { nullable: true, defaultValue: DeletedFilter.ACTIVE }) deleted?: DeletedFilter | null;
}

@InputType()
export class ContractOrder {
  @Field(() => ContractSortField) field: ContractSortField;
  @Field(() => SortDirection) direction: SortDirection;
}

@ArgsType()
export class ContractsArgs extends PageArgs {
  @Field(() => ContractFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ContractFilter | null;
  @Field(() => ContractOrder, { nullable: true }) orderBy?: ContractOrder | null;
}

// Registered but never referenced, so type-graphql 2 does not print it: its fields are inherited.
@InputType('ContractFieldsBase')
class ContractFields {
  @Field(() => ID, { nullable: true, description: 'The customer’s signatory; must belong to the customer.' }) contactId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Omitted on create: the creator.' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) partnerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A deal of the same customer.' }) opportunityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'An order of the same customer.' }) orderId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) signedDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50_000) terms?: string | null;
  @Field(() => Int, { nullable: true, description: '0 to 365; default 30.' }) renewalNoticeDays?: number | null;
  @Field(() => Boolean, { nullable: true }) autoRenew?: boolean | null;
}

@InputType()
export class CreateContractInput extends ContractFields {
  @Field(() => ContractKind) kind: ContractKind;
  @Field(() => String) title: string;
  @Field(() => ID) customerId: string;
  @Field(() => String, { description: 'Decimal string ≥ 0 with at most 2 decimals.' }) value: string;
  @Field(() => String, { description: 'ISO 4217 code.' }) currency: string;
  @Field(() => LocalDateResolver) startDate: string;
  @Field(() => LocalDateResolver, { description: 'On or after startDate.' }) endDate: string;
}

@InputType()
export class UpdateContractInput extends ContractFields {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => ContractKind, { nullable: true }) kind?: ContractKind | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) startDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) endDate?: string | null;
}

@InputType({ description: 'The next contract; everything omitted is copied from the one renewed.' })
export class RenewContractInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Default: the day after the old end date.' }) startDate?: string | null;
  @Field(() => LocalDateResolver) endDate: string;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50_000) terms?: string | null;
  @Field(() => Int, { nullable: true }) renewalNoticeDays?: number | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'true: the renewal starts ACTIVE (signed today unless signedDate); false: DRAFT.' })
  activate?: boolean | null;
  @Field(() => LocalDateResolver, { nullable: true }) signedDate?: string | null;
}

@InputType()
export class EntitlementInput {
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Units included; null or omitted: unlimited.' }) quantity?: number | null;
  @Field(() => Int, { nullable: true, description: 'Default 0; at most quantity.' }) used?: number | null;
  @Field(() => Int, { nullable: true }) responseHours?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) notes?: string | null;
}

@InputType()
export class UpdateEntitlementInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => Int, { nullable: true, description: 'null: unlimited.' }) quantity?: number | null;
  @Field(() => Int, { nullable: true }) used?: number | null;
  @Field(() => Int, { nullable: true }) responseHours?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) notes?: string | null;
}
