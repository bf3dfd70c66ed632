import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsBoolean, IsEmail, IsInt, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { LeadSource, LeadStatus } from '../../generated/prisma/enums.ts';
import { DeletedFilter, SortDirection } from '../../core/pagination/filters.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { AssignmentMode } from './lead.type.ts';
import { IsId } from '../../core/ids.ts';

export enum LeadSortField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(LeadSortField, { name: 'LeadSortField' });

@InputType()
export class LeadFilter {
  @Field(() => String, { nullable: true, description: 'Substring of name, company, email or phone (any script).' })
  @IsOptional() @MaxLength(100) search?: string | null;
  @Field(() => [LeadStatus], { nullable: true }) @IsOptional() @ArrayMaxSize(10) statuses?: LeadStatus[] | null;
  @Field(() => LeadSource, { nullable: true }) source?: LeadSource | null;
  @Field(() => ID, { nullable: true }) @IsId() ownerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True: only unassigned leads (the pool); false: only assigned ones.' })
  unassigned?: boolean | null;
  @Field(() => Date, { nullable: true, description: 'Created at or after.' }) createdFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Created before.' }) createdTo?: Date | null;
  @Field(() => DeletedFilter, { nullable: true, defaultValue: DeletedFilter.ACTIVE }) deleted?: DeletedFilter | null;
}

@InputType()
export class LeadOrder {
  @Field(() => LeadSortField) field: LeadSortField;
  @Field(() => SortDirection) direction: SortDirection;
}

@ArgsType()
export class LeadsArgs extends PageArgs {
  @Field(() => LeadFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: LeadFilter | null;
  @Field(() => LeadOrder, { nullable: true }) orderBy?: LeadOrder | null;
}

// Registered but never referenced, so type-graphql 2 does not print it: its fields are inherited.
@InputType('LeadFieldsBase')
class LeadFields {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) company?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) @IsEmail({}, { message: 'must be an email address' }) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;
  @Field(() => ID, { nullable: true }) territoryId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
}

@InputType()
export class CreateLeadInput extends LeadFields {
  @Field(() => String) @Length(1, 200, { message: 'must be 1 to 200 characters' }) name: string;
  @Field(() => LeadSource, { defaultValue: LeadSource.OTHER }) source: LeadSource;
  @Field(() => ID, { nullable: true, description: 'Omitted: the assignment rule decides. Null: unassigned (the lead pool).' })
  ownerId?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Create even when a lead with this email exists.' })
  allowDuplicate?: boolean | null;
}

@InputType()
export class UpdateLeadInput extends LeadFields {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200, { message: 'must be 1 to 200 characters' }) name?: string | null;
  @Field(() => LeadSource, { nullable: true }) source?: LeadSource | null;
  @Field(() => LeadStatus, { nullable: true, description: 'NEW or WORKING here (also reopens a disqualified lead); qualify, disqualify and convert have their own mutations.' })
  status?: LeadStatus | null;
}

@ArgsType()
export class LeadDuplicateArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) company?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;
  @Field(() => ID, { nullable: true, description: 'A lead to leave out (the one being edited).' }) excludeId?: string | null;
}

@InputType()
export class ConvertLeadInput {
  @Field(() => ID, { nullable: true, description: 'Reuse this customer. Omitted: a visible customer named exactly like the lead’s company is reused, else one is created.' })
  customerId?: string | null;
  @Field(() => Boolean, { defaultValue: true }) @IsBoolean() createOpportunity: boolean;
  @Field(() => String, { nullable: true, description: 'Default: "<company or name> – <lead name>".' }) @IsOptional() @MaxLength(200) opportunityName?: string | null;
  @Field(() => String, { nullable: true, description: 'Decimal string, e.g. "120000.00"; default 0.' }) amount?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217; default CNY.' }) currency?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'YYYY-MM-DD; default: 30 days from now.' }) expectedCloseDate?: string | null;
}

@InputType()
export class TerritoryRepsInput {
  @Field(() => ID) territoryId: string;
  @Field(() => [ID]) @ArrayMaxSize(200) userIds: string[];
}

@InputType()
export class LeadAssignmentRuleInput {
  @Field(() => AssignmentMode) mode: AssignmentMode;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => [TerritoryRepsInput], { nullable: true }) @IsOptional() @ArrayMaxSize(500) @ValidateNested() territoryReps?: TerritoryRepsInput[] | null;
}
