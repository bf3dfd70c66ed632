import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { SortDirection } from '../../core/pagination/filters.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { QuoteStatus } from './quote.type.ts';
import { IsId } from '../../core/ids.ts';

export const MAX_LINES = 200;

export enum QuoteSortField {
  UPDATED_AT = 'updatedAt',
  CREATED_AT = 'createdAt',
  VALID_UNTIL = 'validUntil',
  TOTAL = 'total',
  NUMBER = 'number',
}
registerEnumType(QuoteSortField, { name: 'QuoteSortField' });

@InputType()
export class QuoteFilter {
  @Field(() => ID, { nullable: true }) @IsId() opportunityId?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() customerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsId() ownerId?: string | null;
  @Field(() => QuoteStatus, { nullable: true, description: 'EXPIRED: sent and past validUntil; SENT: sent and still valid.' }) status?: QuoteStatus | null;
  @Field(() => String, { nullable: true, description: 'Substring of the number or title.' }) @IsOptional() @MaxLength(100) search?: string | null;
}

@InputType()
export class QuoteOrder {
  @Field(() => QuoteSortField) field: QuoteSortField;
  @Field(() => SortDirection) direction: SortDirection;
}

@ArgsType()
export class QuotesArgs extends PageArgs {
  @Field(() => QuoteFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: QuoteFilter | null;
  @Field(() => QuoteOrder, { nullable: true }) orderBy?: QuoteOrder | null;
}

/** A line as the client sends it; amounts are decimal strings, the server prices and totals (and checks each field as `input.lines[i].x`). */
@InputType()
export class QuoteLineInput {
  @Field(() => ID, { nullable: true, description: 'Priced from the quote’s price book: name, unit, tax rate, list price and volume discount, unless given.' })
  productId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required without a product; at most 200 characters.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 20 characters.' }) unit?: string | null;
  @Field(() => String, { description: 'Decimal string greater than zero.' }) quantity: string;
  @Field(() => String, { nullable: true, description: 'Required without a product; default the list price.' }) unitPrice?: string | null;
  @Field(() => String, { nullable: true, description: 'Percent; default the volume discount (products) or 0.' }) discountPercent?: string | null;
  @Field(() => String, { nullable: true, description: 'Percent; default the product’s rate or 0.' }) taxRate?: string | null;
}

@InputType()
export class CreateQuoteInput {
  @Field(() => ID) opportunityId: string;
  @Field(() => String, { nullable: true, description: 'Default: the deal name.' }) @IsOptional() @Length(1, 200) title?: string | null;
  @Field(() => LocalDateResolver) validUntil: string;
  @Field(() => ID, { nullable: true, description: 'Default: the default price book of the deal’s currency.' }) priceBookId?: string | null;
  @Field(() => String, { nullable: true }) discountPercent?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10000) terms?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10000) notes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) billingAddress?: string | null;
  @Field(() => ID, { nullable: true, description: 'Default: the deal’s contact.' }) contactId?: string | null;
  @Field(() => [QuoteLineInput], { nullable: true, description: 'Omitted or empty: the deal’s line items, if any.' })
  @IsOptional() @ArrayMaxSize(MAX_LINES) lines?: QuoteLineInput[] | null;
}

@InputType()
export class UpdateQuoteInput {
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) title?: string | null;
  @Field(() => LocalDateResolver, { nullable: true }) validUntil?: string | null;
  @Field(() => ID, { nullable: true }) priceBookId?: string | null;
  @Field(() => String, { nullable: true }) discountPercent?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10000) terms?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10000) notes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) billingAddress?: string | null;
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => [QuoteLineInput], { nullable: true, description: 'Replaces all lines when given.' })
  @IsOptional() @ArrayMaxSize(MAX_LINES) lines?: QuoteLineInput[] | null;
}
