import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { CustomerFilter } from '../customer/customer.inputs.ts';

@InputType()
export class CreateTerritoryInput {
  @Field(() => String) @MaxLength(100) name: string;
  @Field(() => ID, { nullable: true, description: 'Omitted or null: a top-level territory.' }) parentId?: string | null;
}

@InputType()
export class UpdateTerritoryInput {
  @Field(() => String, { nullable: true, description: 'Omitted: unchanged.' }) @IsOptional() @MaxLength(100) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'Omitted: unchanged; null: moves it to the top level; never below itself.' }) parentId?: string | null;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType({ description: 'Customer ids, or a customer-list filter; not both.' })
export class AssignCustomersToTerritoryInput {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(500) customerIds?: string[] | null;
  @Field(() => CustomerFilter, { nullable: true, description: 'Every customer of the list with this filter that the viewer may change (at most 500).' })
  @IsOptional() @ValidateNested() filter?: CustomerFilter | null;
  @Field(() => ID) territoryId: string;
}
