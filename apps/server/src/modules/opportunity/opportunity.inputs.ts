import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DeletedFilter, SortDirection } from '../../core/pagination/filters.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { OpportunityStatus } from './opportunity.type.ts';
import { IsId } from '../../core/ids.ts';

export enum OpportunitySortField {
  UPDATED_AT = 'updatedAt',
  EXPECTED_CLOSE_DATE = 'expectedCloseDate',
  AMOUNT = 'amount',
  NAME = 'name',
}
registerEnumType(OpportunitySortField, { name: 'OpportunitySortField' });

const probability = () => [IsOptional(), IsInt(), Min(0, { message: 'must be 0 to 100' }), Max(100, { message: 'must be 0 to 100' })];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

@InputType()
export class OpportunityFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the deal name (any script).' })
  @IsOptional() @MaxLength(100) search?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() ownerId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsId({ each: true }) stageIds?: string[] | null;
  @Field(() => ID, { nullable: true }) @IsId() customerId?: string | null;
  @Field(() => OpportunityStatus, { nullable: true }) status?: OpportunityStatus | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Expected close on or after (YYYY-MM-DD).' }) expectedCloseFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Expected close on or before (YYYY-MM-DD).' }) expectedCloseTo?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Won or lost on or after (YYYY-MM-DD, UTC).' }) closedFrom?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Won or lost on or before (YYYY-MM-DD, UTC).' }) closedTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Decimal string; deals of at least this amount, any currency.' }) minAmount?: string | null;
  @Field(() => ID, { nullable: true, description: 'Deals owned by users of this department or below (as the dashboard filters).' }) @IsId() departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Deals of customers in this territory or below (as the dashboard filters).' }) @IsId() territoryId?: string | null;
  @Field(() => DeletedFilter, { nullable: true, defaultValue: DeletedFilter.ACTIVE }) deleted?: DeletedFilter | null;
}

@InputType()
export class OpportunityOrder {
  @Field(() => OpportunitySortField) field: OpportunitySortField;
  @Field(() => SortDirection) direction: SortDirection;
}

@ArgsType()
export class OpportunitiesArgs extends PageArgs {
  @Field(() => OpportunityFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: OpportunityFilter | null;
  @Field(() => OpportunityOrder, { nullable: true }) orderBy?: OpportunityOrder | null;
}

@ArgsType()
export class BoardArgs {
  @Field(() => OpportunityFilter, { nullable: true, description: 'stageIds, status and deleted are ignored: the board shows live deals per stage.' })
  @IsOptional() @ValidateNested() filter?: OpportunityFilter | null;
  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Cards per column, at most 100.' })
  @IsOptional() @IsInt() @Min(1) @Max(100) perStage?: number | null;
}

// Registered but never referenced, so type-graphql 2 does not print it: its fields are inherited.
@InputType('OpportunityFieldsBase')
class OpportunityFields {
  @Field(() => ID, { nullable: true, description: 'Must belong to the customer.' }) contactId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Omitted on create: the creator owns it.' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Omitted on create: the first OPEN stage.' }) stageId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Omitted: the stage default.' }) @apply(probability()) probability?: number | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @MaxLength(100, { each: true }) competitors?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) source?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10_000) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when the stage is LOST.' }) @IsOptional() @MaxLength(500) lostReason?: string | null;
}

@InputType()
export class CreateOpportunityInput extends OpportunityFields {
  @Field(() => String) @Length(1, 200, { message: 'must be 1 to 200 characters' }) name: string;
  @Field(() => ID) customerId: string;
  @Field(() => String, { description: 'Decimal string ≥ 0 with at most 2 decimals, e.g. "12345.67".' }) amount: string;
  @Field(() => String, { description: 'ISO 4217 code: CNY, USD, EUR, HKD, JPY, GBP, …' }) currency: string;
  @Field(() => LocalDateResolver) expectedCloseDate: string;
}

@InputType()
export class UpdateOpportunityInput extends OpportunityFields {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200, { message: 'must be 1 to 200 characters' }) name?: string | null;
  @Field(() => String, { nullable: true }) amount?: string | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) expectedCloseDate?: string | null;
}

@InputType({ description: 'A kanban drop: the target stage and the neighbours the card lands between.' })
export class MoveOpportunityInput {
  @Field(() => Int) @IsInt() version: number;
  @Field(() => ID) stageId: string;
  @Field(() => ID, { nullable: true, description: 'The card just above the drop position, if any.' }) afterId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The card just below the drop position, if any.' }) beforeId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when moving to a LOST stage.' }) @IsOptional() @MaxLength(500) lostReason?: string | null;
  @Field(() => Int, { nullable: true, description: 'Omitted: the new stage default.' }) @apply(probability()) probability?: number | null;
}
