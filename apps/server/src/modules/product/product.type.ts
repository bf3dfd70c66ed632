import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../core/pagination/connection.ts';
import { Money } from '../../core/money/money.type.ts';

/** A product of the catalogue. Its prices per book resolve in product-fields.resolver.ts. */
@ObjectType({ description: 'A product or service the company sells.' })
export class Product {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'Stock-keeping unit, unique across the catalogue.' }) sku: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) category: string | null;
  @Field(() => String, { nullable: true, description: 'Unit of sale ("套", "licence", "day").' }) unit: string | null;
  @Field(() => String, { description: 'Default VAT rate in percent, decimal string ("13.00").' }) taxRate: string;
  @Field(() => Boolean, { description: 'Archived (false) products stay on old deals but cannot be added to new lines.' }) active: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;
}

/** A list of prices in one currency. */
@ObjectType({ description: 'A list of prices in one currency; one default book per currency.' })
export class PriceBook {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'ISO 4217 code.' }) currency: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Boolean, { description: 'The book new deals in this currency start from.' }) isDefault: boolean;
  @Field(() => Boolean) active: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'From `minQuantity` units on, the list price is reduced by `discountPercent`.' })
export class VolumeDiscountTier {
  @Field(() => String, { description: 'Decimal string > 0.' }) minQuantity: string;
  @Field(() => String, { description: 'Decimal string from 0 to 100.' }) discountPercent: string;
}

/** A product's price in one book, with its volume-discount tiers (lowest minimum first). */
@ObjectType({ description: 'A product’s list price in one price book, with its volume-discount tiers.' })
export class ProductPrice {
  @Field(() => ID) id: string;
  @Field(() => Money, { description: 'List price per unit in the book’s currency.' }) unitPrice: Money;
  @Field(() => [VolumeDiscountTier], { description: 'Lowest minimum quantity first.' }) tiers: VolumeDiscountTier[];
  @Field(() => Date) updatedAt: Date;

  priceBookId: string;
  productId: string;
}

@ObjectType({ description: 'What a price book says about a product at a quantity.' })
export class PricedProduct {
  @Field(() => ID) productId: string;
  @Field(() => ID) priceBookId: string;
  @Field(() => String, { description: 'The quantity asked about.' }) quantity: string;
  @Field(() => Money, { description: 'List price per unit.' }) listPrice: Money;
  @Field(() => String, { description: 'The volume discount reached at this quantity, in percent.' }) discountPercent: string;
  @Field(() => Money, { description: 'List price less the volume discount, per unit, rounded half-up to cents.' }) netUnitPrice: Money;
  @Field(() => Money, { description: 'quantity × list price less the volume discount (what a deal line would total).' }) lineTotal: Money;
}

export const { Edge: ProductEdge, Connection: ProductConnection } = connectionTypes(Product, 'Product');
