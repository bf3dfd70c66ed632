import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { SortDirection } from '../../core/pagination/filters.ts';
import { PageArgs } from '../../core/pagination/page.args.ts';
import { IsId } from '../../core/ids.ts';

export enum ProductSortField {
  NAME = 'name',
  SKU = 'sku',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(ProductSortField, { name: 'ProductSortField' });

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the name or SKU (any script).' })
  @IsOptional() @MaxLength(100) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: active only, false: archived only; omitted: both.' }) active?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) category?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only products with a price in this book.' }) @IsId() priceBookId?: string | null;
}

@InputType()
export class ProductOrder {
  @Field(() => ProductSortField) field: ProductSortField;
  @Field(() => SortDirection) direction: SortDirection;
}

@ArgsType()
export class ProductsArgs extends PageArgs {
  @Field(() => ProductFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ProductFilter | null;
  @Field(() => ProductOrder, { nullable: true, description: 'Default: name ascending.' }) orderBy?: ProductOrder | null;
}

@InputType()
export class CreateProductInput {
  @Field(() => String) sku: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => String, { nullable: true, description: 'VAT percent 0–100, decimal string; default 0.' }) taxRate?: string | null;
}

@InputType()
export class UpdateProductInput {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) sku?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => String, { nullable: true }) taxRate?: string | null;
}

@InputType()
export class PriceBookFilter {
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
export class CreatePriceBookInput {
  @Field(() => String) name: string;
  @Field(() => String, { description: 'ISO 4217 code of a supported currency.' }) currency: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Makes it the default of its currency (the previous default stops being one).' }) isDefault?: boolean | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) active?: boolean | null;
}

@InputType()
export class UpdatePriceBookInput {
  @Field(() => Int, { description: 'The version you edited; a stale one answers CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Only while the book has no prices.' }) currency?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true makes it the default of its currency; an inactive book cannot be.' }) isDefault?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'false also stops it being the default.' }) active?: boolean | null;
}

@InputType()
export class VolumeDiscountInput {
  @Field(() => String, { description: 'Decimal string > 0, unique within the price.' }) minQuantity: string;
  @Field(() => String, { description: 'Decimal string from 0 to 100.' }) discountPercent: string;
}

@InputType({ description: 'Sets (creates or replaces) a product’s price in a book and its volume-discount tiers.' })
export class SetProductPriceInput {
  @Field(() => ID) priceBookId: string;
  @Field(() => ID) productId: string;
  @Field(() => String, { description: 'Decimal string ≥ 0 with at most 2 decimals.' }) unitPrice: string;
  @Field(() => [VolumeDiscountInput], { nullable: true, description: 'Replaces every tier; omitted or empty: none.' })
  @IsOptional() @ArrayMaxSize(20) tiers?: VolumeDiscountInput[] | null;
}

@ArgsType()
export class ProductPriceArgs {
  @Field(() => ID) priceBookId: string;
  @Field(() => ID) productId: string;
  @Field(() => String, { defaultValue: '1', description: 'Decimal string > 0.' }) quantity: string;
}
