import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, ValidateNested } from 'class-validator';

export const MAX_LINES = 200;

@InputType()
export class OpportunityLineInput {
  @Field(() => ID) productId: string;
  @Field(() => String, { description: 'Decimal string > 0 with at most 4 decimals.' }) quantity: string;
  @Field(() => String, { nullable: true, description: 'Omitted: the book’s list price.' }) unitPrice?: string | null;
  @Field(() => String, { nullable: true, description: 'Omitted: the volume discount the quantity reaches.' }) discountPercent?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: 'Replaces every line of a deal; the deal’s amount becomes their total.' })
export class SetOpportunityLineItemsInput {
  @Field(() => Int, { description: 'The deal’s version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => ID, { nullable: true, description: 'Required with lines; must be in the deal’s currency.' }) priceBookId?: string | null;
  @Field(() => [OpportunityLineInput], { description: 'Empty: removes every line, keeps the amount and clears the price book.' })
  @ArrayMaxSize(MAX_LINES) @IsOptional() @ValidateNested() lines: OpportunityLineInput[];
}
