import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { CustomerFilter } from './customer.inputs.ts';

@InputType({ description: 'Customer ids, or a customer-list filter; not both.' })
export class AssignCustomersToTerritoryInput {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(500) customerIds?: string[] | null;
  @Field(() => CustomerFilter, { nullable: true, description: 'Every customer of the list with this filter that the viewer may change (at most 500).' })
  @IsOptional() @ValidateNested() filter?: CustomerFilter | null;
  @Field(() => ID) territoryId: string;
}
